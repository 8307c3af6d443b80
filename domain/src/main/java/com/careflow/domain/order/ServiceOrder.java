package com.careflow.domain.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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

    /** How long after completion the customer may complain. */
    public static final Duration COMPLAINT_WINDOW = Duration.ofDays(7);
    /** How close to the start the customer may still move the appointment. */
    public static final Duration RESCHEDULE_CUTOFF = Duration.ofHours(2);
    /** Providers may check in from half an hour before the start (they arrive early; traffic). */
    public static final Duration CHECK_IN_OPENS = Duration.ofMinutes(30);
    /**
     * How long after placement the order may be paid. The deadline runs from placement: a declined card or a gateway
     * outage lets the customer try again, but never moves it.
     */
    public static final Duration PAYMENT_WINDOW = Duration.ofMinutes(30);

    /** Timeline notes of entries that do not change the status (the portal localizes them as order.note.*). */
    public static final String NOTE_PLACED = "placed";
    public static final String NOTE_RESCHEDULED = "rescheduled";
    public static final String NOTE_PROVIDER_REPLACED = "provider-replaced";
    public static final String NOTE_NO_SHOW = "no-show";
    public static final String NOTE_COMPLAINT_FILED = "complaint-filed";
    public static final String NOTE_COMPLAINT_APPROVED = "complaint-approved";
    public static final String NOTE_COMPLAINT_REJECTED = "complaint-rejected";

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
    /** The customer lets this order's provider read their health records while the order is active. */
    private boolean healthDataConsent;

    private OrderStatus status;
    private String processInstanceId;
    private String paymentId;
    private String cancelReason;
    private CancelReason cancelReasonCode;
    private String providerId;
    private String providerName;
    private String noShowProviderId;
    private Complaint complaint;
    private String refundId;
    private PaymentAttempt payment;
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
        this.healthDataConsent = b.healthDataConsent;
        this.status = OrderStatus.PENDING;
        // as Mongo keeps it, so the payment deadline reads the same before and after a save
        this.createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        this.timeline.add(new OrderEvent(OrderStatus.PENDING, createdAt, b.customerId, b.customerName, NOTE_PLACED));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Links the order to the service-order process instance that drives it. */
    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** PENDING → PAID; the latest payment attempt, if any, is the one that paid. */
    public boolean markPaid(String paymentId, String actor, Clock clock) {
        boolean moved = moveTo(OrderStatus.PAID, actor, "payment " + paymentId, clock);
        if (moved) {
            this.paymentId = paymentId;
            if (payment != null) {
                payment = payment.moveTo(PaymentState.APPROVED, null, clock.instant());
            }
        }
        return moved;
    }

    /**
     * The customer submits a payment with the card ending in {@code cardLast4}: a new attempt, numbered after the
     * last one. Refused while another attempt is in flight (so two payments never both reach the gateway), after
     * the payment deadline, and once the order no longer waits for payment.
     */
    public boolean submitPayment(String cardLast4, Clock clock) {
        if (status != OrderStatus.PENDING) {
            throw new PaymentNotAcceptedException("Order " + orderNumber + " is " + status
                    + " and takes no payment", PaymentNotAcceptedException.Reason.NOT_PENDING);
        }
        if (payment != null && payment.inFlight()) {
            throw new PaymentNotAcceptedException("Order " + orderNumber + " has payment " + payment.number()
                    + " in progress", PaymentNotAcceptedException.Reason.IN_PROGRESS);
        }
        if (!clock.instant().isBefore(getPaymentDueAt())) {
            throw new PaymentNotAcceptedException("Order " + orderNumber + " had to be paid by "
                    + getPaymentDueAt(), PaymentNotAcceptedException.Reason.DEADLINE_PASSED);
        }
        int number = payment == null ? 1 : payment.number() + 1;
        payment = new PaymentAttempt(number, cardLast4, PaymentState.PROCESSING, null, clock.instant());
        return true;
    }

    /** Whether attempt {@code number} is the order's current one and may (still) be charged. */
    public boolean isChargeable(int number) {
        return payment != null && payment.number() == number
                && (payment.inFlight() && status == OrderStatus.PENDING
                        || payment.state() == PaymentState.APPROVED && status != OrderStatus.PENDING);
    }

    /** The gateway did not answer attempt {@code number}; the same charge is tried again. */
    public boolean paymentRetrying(int number, Clock clock) {
        return settleAttempt(number, PaymentState.RETRYING, null, clock);
    }

    /** The bank refused attempt {@code number}; the order keeps waiting for payment until its deadline. */
    public boolean paymentDeclined(int number, String reason, Clock clock) {
        return settleAttempt(number, PaymentState.DECLINED, reason, clock);
    }

    /** The gateway stayed unreachable for attempt {@code number}; the customer may pay again. */
    public boolean paymentFailed(int number, Clock clock) {
        return settleAttempt(number, PaymentState.FAILED, null, clock);
    }

    /** Only the current, in-flight attempt moves; a late or repeated answer changes nothing. */
    private boolean settleAttempt(int number, PaymentState next, String reason, Clock clock) {
        if (payment == null || payment.number() != number || !payment.inFlight() || payment.state() == next) {
            return false;
        }
        payment = payment.moveTo(next, reason, clock.instant());
        return true;
    }

    /**
     * PAID → CONFIRMED with the provider who won the offer (note: the provider's name). Repeating it with the same
     * provider is a no-op; a different provider on a confirmed order goes through {@link #replaceProvider}.
     */
    public boolean assignProvider(String providerId, String providerName, String actor, Clock clock) {
        Objects.requireNonNull(providerId, "providerId");
        if (status == OrderStatus.CONFIRMED && providerId.equals(this.providerId)) {
            return false;
        }
        if (status == OrderStatus.CONFIRMED) {
            throw new IllegalOrderTransitionException("Order " + orderNumber + " is already confirmed with provider "
                    + this.providerId + "; " + providerId + " can only replace them");
        }
        // the provider who grabbed the order is named before they are the order's provider
        String actorName = providerId.equals(actor) && providerName != null ? providerName : nameOf(actor);
        moveTo(OrderStatus.CONFIRMED, actor, actorName, providerName, clock);
        this.providerId = providerId;
        this.providerName = providerName;
        return true;
    }

    /** A confirmed order gets another provider and time (the first one did not show up). */
    public boolean replaceProvider(String newProviderId, String newProviderName, LocalDateTime newStart, String actor,
            Clock clock) {
        requireStatus(OrderStatus.CONFIRMED, "get another provider");
        if (newProviderId.equals(providerId) && newStart.equals(scheduledAt)) {
            return false;
        }
        this.providerId = newProviderId;
        this.providerName = newProviderName;
        this.scheduledAt = newStart;
        note(NOTE_PROVIDER_REPLACED, actor, nameOf(actor), clock);
        return true;
    }

    /**
     * Moves the appointment; allowed until {@link #RESCHEDULE_CUTOFF} before the current start and only to a
     * future time. Moving it to where it already is is a no-op.
     */
    public boolean reschedule(LocalDateTime newStart, String actor, Clock clock) {
        if (newStart.equals(scheduledAt)) {
            return false;
        }
        if (!canReschedule(clock)) {
            throw new IllegalOrderTransitionException("Order " + orderNumber + " can no longer be rescheduled: it is "
                    + status + " and starts at " + scheduledAt);
        }
        if (!newStart.isAfter(LocalDateTime.now(clock))) {
            throw new IllegalOrderTransitionException("Order " + orderNumber + " cannot move to " + newStart
                    + ", which is in the past");
        }
        this.scheduledAt = newStart;
        note(NOTE_RESCHEDULED, actor, nameOf(actor), clock);
        return true;
    }

    /** Whether the customer may still move the appointment: before the service, and 2 hours or more ahead. */
    public boolean canReschedule(Clock clock) {
        boolean beforeService = status == OrderStatus.PENDING || status == OrderStatus.PAID
                || status == OrderStatus.CONFIRMED;
        return beforeService && scheduledAt != null
                && !LocalDateTime.now(clock).plus(RESCHEDULE_CUTOFF).isAfter(scheduledAt);
    }

    /** Records that the current provider did not check in; once per provider. */
    public boolean recordNoShow(String actor, Clock clock) {
        requireStatus(OrderStatus.CONFIRMED, "record a no-show");
        if (providerId == null || providerId.equals(noShowProviderId)) {
            return false;
        }
        this.noShowProviderId = providerId;
        note(NOTE_NO_SHOW, actor, nameOf(actor), clock);
        return true;
    }

    /** CONFIRMED → IN_PROGRESS: the provider checked in, no earlier than {@link #CHECK_IN_OPENS} before the start. */
    public boolean start(String actor, Clock clock) {
        if (status == OrderStatus.CONFIRMED && !isCheckInOpen(clock)) {
            throw new TooEarlyException("Order " + orderNumber + " cannot be checked in before " + getCheckInOpensAt()
                    + " (" + CHECK_IN_OPENS.toMinutes() + " minutes before its start at " + scheduledAt + ")",
                    getCheckInOpensAt());
        }
        return moveTo(OrderStatus.IN_PROGRESS, actor, null, clock);
    }

    /** IN_PROGRESS → COMPLETED, not before the appointment starts; the complaint window opens. */
    public boolean complete(String actor, Clock clock) {
        if (status == OrderStatus.IN_PROGRESS && !hasStarted(clock)) {
            throw new TooEarlyException("Order " + orderNumber + " cannot be completed before its start at "
                    + scheduledAt, scheduledAt);
        }
        return moveTo(OrderStatus.COMPLETED, actor, null, clock);
    }

    /** When the provider may check in: {@link #CHECK_IN_OPENS} before the start. */
    public LocalDateTime getCheckInOpensAt() {
        return scheduledAt == null ? null : scheduledAt.minus(CHECK_IN_OPENS);
    }

    private boolean isCheckInOpen(Clock clock) {
        return scheduledAt == null || !LocalDateTime.now(clock).isBefore(getCheckInOpensAt());
    }

    private boolean hasStarted(Clock clock) {
        return scheduledAt == null || !LocalDateTime.now(clock).isBefore(scheduledAt);
    }

    /** Whether the provider may check in now: confirmed, and the check-in window is open. */
    public boolean mayCheckIn(Clock clock) {
        return status == OrderStatus.CONFIRMED && isCheckInOpen(clock);
    }

    /** Whether the provider may mark the service delivered now: in progress, and the appointment has started. */
    public boolean mayComplete(Clock clock) {
        return status == OrderStatus.IN_PROGRESS && hasStarted(clock);
    }

    /** COMPLETED → REFUNDED after an approved complaint. */
    public boolean refund(String refundId, String actor, Clock clock) {
        boolean moved = moveTo(OrderStatus.REFUNDED, actor, refundId == null ? null : "refund " + refundId, clock);
        if (moved) {
            this.refundId = refundId;
        }
        return moved;
    }

    /**
     * PENDING, PAID or CONFIRMED → CANCELLED. {@code text} is what the customer is told beyond the code (a
     * declined payment keeps the gateway-derived text); the timeline note is the text, or the code's header value.
     */
    public boolean cancel(CancelReason code, String text, String actor, Clock clock) {
        return cancel(code, text, actor, nameOf(actor), clock);
    }

    /** As {@link #cancel(CancelReason, String, String, Clock)}, for an actor the order does not know by name. */
    public boolean cancel(CancelReason code, String text, String actor, String actorName, Clock clock) {
        Objects.requireNonNull(code, "code");
        String note = text == null || text.isBlank() ? code.header() : text;
        boolean moved = moveTo(OrderStatus.CANCELLED, actor, actorName, note, clock);
        if (moved) {
            this.cancelReasonCode = code;
            this.cancelReason = text;
        }
        return moved;
    }

    /** The customer complains about a completed order, within {@link #COMPLAINT_WINDOW}; once. */
    public boolean fileComplaint(String reason, String actor, Clock clock) {
        if (complaint != null) {
            return false;
        }
        if (!canFileComplaint(clock)) {
            throw new IllegalOrderTransitionException("Order " + orderNumber + " takes no complaint: it is " + status
                    + (status == OrderStatus.COMPLETED ? " for more than " + COMPLAINT_WINDOW.toDays() + " days" : ""));
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A complaint needs a reason");
        }
        Instant at = clock.instant();
        this.complaint = Complaint.filed(reason.strip(), at, actor);
        note(NOTE_COMPLAINT_FILED, actor, nameOf(actor), clock);
        return true;
    }

    /** Whether a complaint can be filed now: completed, none filed yet, and inside the window. */
    public boolean canFileComplaint(Clock clock) {
        Instant completedAt = getCompletedAt();
        return status == OrderStatus.COMPLETED && complaint == null && completedAt != null
                && clock.instant().isBefore(completedAt.plus(COMPLAINT_WINDOW));
    }

    /** Operations decides the open complaint; the same decision again is a no-op, a different one is refused. */
    public boolean decideComplaint(boolean approved, String actor, String actorName, Clock clock) {
        if (complaint == null) {
            throw new IllegalOrderTransitionException("Order " + orderNumber + " has no complaint to decide");
        }
        ComplaintStatus decision = approved ? ComplaintStatus.APPROVED : ComplaintStatus.REJECTED;
        if (complaint.status() == decision) {
            return false;
        }
        if (!complaint.isOpen()) {
            throw new IllegalOrderTransitionException("Order " + orderNumber + "'s complaint is already "
                    + complaint.status());
        }
        Instant at = clock.instant();
        this.complaint = complaint.decided(approved, actor, at);
        note(approved ? NOTE_COMPLAINT_APPROVED : NOTE_COMPLAINT_REJECTED, actor, actorName, clock);
        return true;
    }

    /**
     * Moves to {@code target} and records it once. Returns false when the order is already there (a
     * redelivered job); throws when the state machine forbids the move.
     */
    boolean moveTo(OrderStatus target, String actor, String note, Clock clock) {
        return moveTo(target, actor, nameOf(actor), note, clock);
    }

    private boolean moveTo(OrderStatus target, String actor, String actorName, String note, Clock clock) {
        if (status == target) {
            return false;
        }
        if (!status.canMoveTo(target)) {
            throw new IllegalOrderTransitionException(orderNumber, status, target);
        }
        OrderStatus from = status;
        Instant at = clock.instant();
        status = target;
        timeline.add(new OrderEvent(target, at, actor, actorName, note));
        registerEvent(new OrderStatusChanged(orderNumber, from, target, actor, at));
        return true;
    }

    /** A timeline entry that keeps the status: something happened to the order that the audit trail shows. */
    private void note(String note, String actor, String actorName, Clock clock) {
        timeline.add(new OrderEvent(status, clock.instant(), actor, actorName, note));
    }

    private void requireStatus(OrderStatus required, String what) {
        if (status != required) {
            throw new IllegalOrderTransitionException("Order " + orderNumber + " is " + status + " and cannot " + what
                    + "; it must be " + required);
        }
    }

    /** The customer and the provider are shown by name; anyone else (a worker, "system") by their id. */
    private String nameOf(String actor) {
        if (actor != null && actor.equals(customerId) && customerName != null) {
            return customerName;
        }
        if (actor != null && actor.equals(providerId) && providerName != null) {
            return providerName;
        }
        return actor;
    }

    public boolean isOwnedBy(String userId) {
        return customerId.equals(userId);
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    /** The optimistic-locking version: it changes with every save, so a save that changed nothing shows. */
    public Long getVersion() {
        return version;
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

    public boolean isHealthDataConsent() {
        return healthDataConsent;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getPaymentId() {
        return paymentId;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** Why the order was cancelled, or null; the text above is the detail (e.g. the decline reason). */
    public CancelReason getCancelReasonCode() {
        return cancelReasonCode;
    }

    /** Whether the customer had paid: a cancellation then comes with a full refund. */
    public boolean wasPaid() {
        return paymentId != null;
    }

    public String getProviderId() {
        return providerId;
    }

    public String getProviderName() {
        return providerName;
    }

    /** When the service starts, in the platform zone; same as {@link #getScheduledAt()}. */
    public LocalDateTime getAppointmentStart() {
        return scheduledAt;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public String getRefundId() {
        return refundId;
    }

    /** The latest payment attempt, or null before the first one. */
    public PaymentAttempt getPayment() {
        return payment;
    }

    /** Until when the order may be paid: {@link #PAYMENT_WINDOW} after it was placed. */
    public Instant getPaymentDueAt() {
        return createdAt == null ? null : createdAt.plus(PAYMENT_WINDOW);
    }

    /** When the order became COMPLETED, or null. */
    public Instant getCompletedAt() {
        return timeline.stream().filter(e -> e.status() == OrderStatus.COMPLETED).map(OrderEvent::at)
                .findFirst().orElse(null);
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
        private boolean healthDataConsent;

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
        public Builder healthDataConsent(boolean v) { this.healthDataConsent = v; return this; }

        public ServiceOrder build(Clock clock) {
            return new ServiceOrder(this, clock);
        }
    }
}
