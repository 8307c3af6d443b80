package com.careflow.payment;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;

/**
 * Pays an order's approved charge back once: reads our payment record, asks the gateway (idempotent by key
 * {@code refund:<orderNumber>}), marks the payment REFUNDED and posts the refund to the ledger (once, under the same
 * id; a run that stopped between the two posts it on the next delivery). The order itself is not touched; its own
 * step records the cancellation or refund. Safe to run again at any point.
 */
@Component
class OrderRefunder {

    private final PaymentGateway gateway;
    private final Payments payments;
    private final MoneyMovements ledger;

    OrderRefunder(PaymentGateway gateway, Payments payments, MoneyMovements ledger) {
        this.gateway = gateway;
        this.payments = payments;
        this.ledger = ledger;
    }

    /**
     * The refund id, or empty when there is nothing to pay back: the compensation also runs after a declined
     * charge, and an order that was never charged has no payment at all.
     */
    Optional<String> refund(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new InvalidChargeException("variable orderNumber is missing");
        }
        Optional<Payment> charged = payments.charged(orderNumber);
        if (charged.isEmpty()) {
            return Optional.empty();
        }
        Payment payment = charged.get();
        if (payment.status() != PaymentStatus.REFUNDED) {
            payment = payment.refunded(gateway.refund(RefundRequest.of(payment)));
            payments.save(payment);
        }
        ledger.refunded(orderNumber, Money.yuan(payment.amount()));
        return Optional.of(payment.refundId());
    }
}
