package com.careflow.payment;

import java.math.BigDecimal;

/** One charge of {@code amount} CNY on the card ending in {@code cardLast4}, for an order. */
public record ChargeRequest(String idempotencyKey, String orderNumber, BigDecimal amount, String cardLast4) {

    /** An order's charge is keyed by its number: retrying it can never charge twice (see {@link PaymentGateway}). */
    public static final String ORDER_KEY_PREFIX = "order-charge:";
}
