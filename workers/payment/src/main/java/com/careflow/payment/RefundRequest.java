package com.careflow.payment;

import java.math.BigDecimal;

/** A full refund of an order's approved charge {@code paymentId}. */
public record RefundRequest(String idempotencyKey, String orderNumber, String paymentId, BigDecimal amount) {

    /** An order is refunded at most once: its refund is keyed by its number (see {@link PaymentGateway}). */
    public static final String ORDER_KEY_PREFIX = "refund:";

    static RefundRequest of(Payment approved) {
        return new RefundRequest(ORDER_KEY_PREFIX + approved.orderNumber(), approved.orderNumber(),
                approved.gatewayPaymentId(), approved.amount());
    }
}
