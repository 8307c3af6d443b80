package com.careflow.payment;

import java.time.Clock;

import org.springframework.stereotype.Component;

import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/**
 * Charges an order's payment attempt once: checks the attempt is the order's current one (so two attempts never
 * both reach the gateway and nothing is charged once the order is paid), asks the gateway (idempotent by the
 * attempt's key), records the payment once, posts it to the ledger once ({@code charge:<order>:<attempt>}) and marks
 * the order PAID, or the attempt declined. Safe to run again with the same request at any point.
 */
@Component
class OrderCharger {

    static final String ACTOR = "payment-worker";

    private final PaymentGateway gateway;
    private final Payments payments;
    private final Orders orders;
    private final OrderChanges changes;
    private final DeclineReasons reasons;
    private final MoneyMovements ledger;
    private final Clock clock;

    OrderCharger(PaymentGateway gateway, Payments payments, Orders orders, OrderChanges changes,
            DeclineReasons reasons, MoneyMovements ledger, Clock clock) {
        this.gateway = gateway;
        this.payments = payments;
        this.orders = orders;
        this.changes = changes;
        this.reasons = reasons;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Throws {@link InvalidChargeException} when the request must not be charged at all. */
    OrderCharge charge(ChargeRequest request) {
        ServiceOrder order = load(request.orderNumber());
        checkChargeable(order, request);
        ChargeResult result = gateway.charge(request);
        payments.recordOnce(Payment.of(request, result, clock.instant()));
        if (result.approved()) {
            ledger.charged(request.orderNumber(), request.attempt(), Money.yuan(request.amount()));
            markPaid(request.orderNumber(), result.paymentId());
            return new OrderCharge(result, null);
        }
        String reason = reasons.tell(result, order.getLocale());
        if (request.attempt() != null) {
            changes.change(request.orderNumber(), fresh -> fresh.paymentDeclined(request.attempt(), reason, clock));
        }
        return new OrderCharge(result, reason);
    }

    /**
     * The gateway could not answer: the customer's page says the payment is being retried. Best effort: the retry
     * itself does not depend on it.
     */
    void retrying(ChargeRequest request) {
        if (request.attempt() != null) {
            changes.change(request.orderNumber(), order -> order.paymentRetrying(request.attempt(), clock));
        }
    }

    /** The gateway's answer, and for a decline what the customer is told, in their language. */
    record OrderCharge(ChargeResult result, String declineReason) {
    }

    private void checkChargeable(ServiceOrder order, ChargeRequest request) {
        if (request.attempt() != null && !order.isChargeable(request.attempt())) {
            throw new InvalidChargeException("payment " + request.attempt() + " of order " + order.getOrderNumber()
                    + " is not the one to charge (order " + order.getStatus() + ", current payment "
                    + (order.getPayment() == null ? "none" : order.getPayment().number() + " "
                            + order.getPayment().state()) + ")");
        }
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
