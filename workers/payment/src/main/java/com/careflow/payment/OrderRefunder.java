package com.careflow.payment;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Pays an order's approved charge back once: reads our payment record, asks the gateway (idempotent by key
 * {@code refund:<orderNumber>}) and marks the payment REFUNDED. The order itself is not touched; its own step
 * records the cancellation or refund. Safe to run again at any point.
 */
@Component
class OrderRefunder {

    private final PaymentGateway gateway;
    private final Payments payments;

    OrderRefunder(PaymentGateway gateway, Payments payments) {
        this.gateway = gateway;
        this.payments = payments;
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
        if (payment.status() == PaymentStatus.REFUNDED) {
            return Optional.of(payment.refundId());
        }
        RefundResult result = gateway.refund(RefundRequest.of(payment));
        payments.save(payment.refunded(result));
        return Optional.of(result.refundId());
    }
}
