package com.careflow.domain.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer's order of one service item. The order number is the id here and the business key of its
 * process instance. State changes go through {@link #moveTo}, which appends to the timeline once and
 * publishes {@link OrderStatusChanged}; asking for the state the order already has is a no-op, because
 * job workers are called at least once.
 */
@Document("orders")
public class ServiceOrder extends AbstractAggregateRoot<ServiceOrder> {

    @Id
    private String orderNumber;
    @Version
    private Long version;

    private String serviceId;
    private String serviceName;
    private String city;
    private BigDecimal amount;

    private String customerId;
    private String customerName;
    private String customerEmail;
    private String locale;

    private String contactName;
    private String contactPhone;
    private LocalDateTime scheduledAt;
    private String notes;

    private OrderStatus status;
    private Long processInstanceKey;
    private String paymentId;
    private String cancelReason;
    private Instant createdAt;
    private List<OrderEvent> timeline = new ArrayList<>();

    protected ServiceOrder() {
        // for Spring Data
    }

    private ServiceOrder(Builder b, Clock clock) {
        this.orderNumber = Objects.requireNonNull(b.orderNumber, "orderNumber");
        this.serviceId = b.serviceId;
        this.serviceName = b.serviceName;
        this.city = b.city;
        this.amount = Objects.requireNonNull(b.amount, "amount");
        this.customerId = Objects.requireNonNull(b.customerId, "customerId");
        this.customerName = b.customerName;
        this.customerEmail = b.customerEmail;
        this.locale = b.locale;
        this.contactName = b.contactName;
        this.contactPhone = b.contactPhone;
        this.scheduledAt = b.scheduledAt;
        this.notes = b.notes;
        this.status = OrderStatus.PENDING;
        this.createdAt = clock.instant();
        this.timeline.add(new OrderEvent(OrderStatus.PENDING, createdAt, b.customerId, "placed"));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Links the order to the service-order process instance that drives it. */
    public void attachProcess(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    /** PENDING → PAID. */
    public boolean markPaid(String paymentId, String actor, Clock clock) {
        boolean moved = moveTo(OrderStatus.PAID, actor, "payment " + paymentId, clock);
        if (moved) {
            this.paymentId = paymentId;
        }
        return moved;
    }

    /** PAID → CONFIRMED. */
    public boolean confirm(String actor, Clock clock) {
        return moveTo(OrderStatus.CONFIRMED, actor, null, clock);
    }

    /** PENDING, PAID or CONFIRMED → CANCELLED, with the reason the customer is told. */
    public boolean cancel(String reason, String actor, Clock clock) {
        boolean moved = moveTo(OrderStatus.CANCELLED, actor, reason, clock);
        if (moved) {
            this.cancelReason = reason;
        }
        return moved;
    }

    /**
     * Moves to {@code target} and records it once. Returns false when the order is already there (a
     * redelivered job); throws when the state machine forbids the move.
     */
    boolean moveTo(OrderStatus target, String actor, String note, Clock clock) {
        if (status == target) {
            return false;
        }
        if (!status.canMoveTo(target)) {
            throw new IllegalOrderTransitionException(orderNumber, status, target);
        }
        OrderStatus from = status;
        Instant at = clock.instant();
        status = target;
        timeline.add(new OrderEvent(target, at, actor, note));
        registerEvent(new OrderStatusChanged(orderNumber, from, target, actor, at));
        return true;
    }

    public boolean isOwnedBy(String userId) {
        return customerId.equals(userId);
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getServiceId() {
        return serviceId;
    }

    public String getServiceName() {
        return serviceName;
    }

    public String getCity() {
        return city;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getLocale() {
        return locale;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    /** The phone as the portal and mails show it: 138****8000. */
    public String getMaskedContactPhone() {
        if (contactPhone == null || contactPhone.length() < 7) {
            return contactPhone;
        }
        return contactPhone.substring(0, 3) + "****" + contactPhone.substring(contactPhone.length() - 4);
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public String getNotes() {
        return notes;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public String getPaymentId() {
        return paymentId;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<OrderEvent> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }

    /** Fluent construction of a new, PENDING order. */
    public static final class Builder {
        private String orderNumber;
        private String serviceId;
        private String serviceName;
        private String city;
        private BigDecimal amount;
        private String customerId;
        private String customerName;
        private String customerEmail;
        private String locale;
        private String contactName;
        private String contactPhone;
        private LocalDateTime scheduledAt;
        private String notes;

        private Builder() {
        }

        public Builder orderNumber(String v) { this.orderNumber = v; return this; }
        public Builder service(String id, String name, String city, BigDecimal price) {
            this.serviceId = id;
            this.serviceName = name;
            this.city = city;
            this.amount = price;
            return this;
        }
        public Builder customer(String id, String name, String email, String locale) {
            this.customerId = id;
            this.customerName = name;
            this.customerEmail = email;
            this.locale = locale;
            return this;
        }
        public Builder contact(String name, String phone) {
            this.contactName = name;
            this.contactPhone = phone;
            return this;
        }
        public Builder scheduledAt(LocalDateTime v) { this.scheduledAt = v; return this; }
        public Builder notes(String v) { this.notes = v; return this; }

        public ServiceOrder build(Clock clock) {
            return new ServiceOrder(this, clock);
        }
    }
}
