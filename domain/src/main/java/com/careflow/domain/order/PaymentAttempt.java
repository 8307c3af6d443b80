package com.careflow.domain.order;

import java.time.Instant;

/**
 * One payment attempt of an order: its number (1, 2, … per order; the charge's idempotency key and the message id
 * carry it), the card's last four digits, where it stands, the decline reason told to the customer, and when it last
 * changed.
 */
public record PaymentAttempt(int number, String cardLast4, PaymentState state, String declineReason, Instant at) {

    PaymentAttempt moveTo(PaymentState next, String reason, Instant when) {
        return new PaymentAttempt(number, cardLast4, next, reason, when);
    }

    public boolean inFlight() {
        return state.inFlight();
    }
}
