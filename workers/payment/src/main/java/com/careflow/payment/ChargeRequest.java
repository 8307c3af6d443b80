package com.careflow.payment;

import java.math.BigDecimal;

/** One charge of {@code amount} CNY on the card ending in {@code cardLast4}, for an order's payment attempt. */
public record ChargeRequest(String idempotencyKey, String orderNumber, BigDecimal amount, String cardLast4,
        Integer attempt) {

    /**
     * A charge is keyed by the order's number and the attempt: retrying or re-delivering it can never charge twice
     * (see {@link PaymentGateway}), and the customer's next attempt, with another card, is another charge.
     */
    public static final String ORDER_KEY_PREFIX = "order-charge:";

    static String keyOf(String orderNumber, Integer attempt) {
        return ORDER_KEY_PREFIX + orderNumber + (attempt == null ? "" : ":" + attempt);
    }
}
