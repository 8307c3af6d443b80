package com.careflow.payment;

import java.time.Clock;

import org.springframework.stereotype.Component;

import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/**
 * Charges an order once: checks the order may be charged, asks the gateway (idempotent by key), records the
 * payment once and marks the order PAID once. Safe to run again with the same request at any point.
 */
@Component
class OrderCharger {

    static final String ACTOR = "payment-worker";

    private final PaymentGateway gateway;
    private final Payments payments;
    private final Orders orders;
    private final OrderChanges changes;
    private final Clock clock;

    OrderCharger(PaymentGateway gateway, Payments payments, Orders orders, OrderChanges changes, Clock clock) {
        this.gateway = gateway;
        this.payments = payments;
        this.orders = orders;
        this.changes = changes;
        this.clock = clock;
    }

    /** Throws {@link InvalidChargeException} when the request must not be charged at all. */
    OrderCharge charge(ChargeRequest request) {
        ServiceOrder order = load(request.orderNumber());
        checkChargeable(order, request);
        ChargeResult result = gateway.charge(request);
        payments.recordOnce(Payment.of(request, result, clock.instant()));
        if (result.approved()) {
            markPaid(request.orderNumber(), result.paymentId());
        }
        return new OrderCharge(result, order.getLocale());
    }

    /** The gateway's answer, and the language of the customer who is told about it. */
    record OrderCharge(ChargeResult result, String locale) {
    }

    private void checkChargeable(ServiceOrder order, ChargeRequest request) {
        if (order.getStatus() != OrderStatus.PENDING && order.getStatus() != OrderStatus.PAID) {
            throw new InvalidChargeException("order " + order.getOrderNumber() + " is " + order.getStatus()
                    + " and cannot be charged");
        }
        if (order.getAmount().compareTo(request.amount()) != 0) {
            throw new InvalidChargeException("amount " + request.amount() + " CNY does not match the total "
                    + order.getAmount() + " CNY of order " + order.getOrderNumber());
        }
    }

    /** Concurrent deliveries may both try; the loser of the version race reloads and finds the order PAID. */
    private void markPaid(String orderNumber, String paymentId) {
        changes.change(orderNumber, order -> order.markPaid(paymentId, ACTOR, clock));
    }

    private ServiceOrder load(String orderNumber) {
        return orders.findById(orderNumber)
                .orElseThrow(() -> new InvalidChargeException("order " + orderNumber + " does not exist"));
    }
}
