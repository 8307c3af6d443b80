package com.careflow.payment;

import java.math.BigDecimal;

/**
 * The process variables the charge task reads, filled by name; {@code amount} may arrive as a number or text.
 * {@code paymentAttempt} is the order's attempt the customer submitted; instances started before attempts existed
 * have none and keep the order-wide key.
 */
public record ChargeInput(String orderNumber, BigDecimal amount, String cardLast4, Integer paymentAttempt) {

    /** A charge of an instance without attempts (started before they existed). */
    public ChargeInput(String orderNumber, BigDecimal amount, String cardLast4) {
        this(orderNumber, amount, cardLast4, null);
    }

    /** The gateway request, once the variables make sense; otherwise an {@link InvalidChargeException}. */
    ChargeRequest toRequest() {
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new InvalidChargeException("variable orderNumber is missing");
        }
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidChargeException(
                    "variable amount must be a positive CNY amount with at most two decimals, was " + amount);
        }
        if (cardLast4 == null || !cardLast4.matches("\\d{4}")) {
            throw new InvalidChargeException("variable cardLast4 must be four digits, was " + cardLast4);
        }
        if (paymentAttempt != null && paymentAttempt < 1) {
            throw new InvalidChargeException("variable paymentAttempt must be 1 or more, was " + paymentAttempt);
        }
        return new ChargeRequest(ChargeRequest.keyOf(orderNumber, paymentAttempt), orderNumber, amount.setScale(2),
                cardLast4, paymentAttempt);
    }
}
