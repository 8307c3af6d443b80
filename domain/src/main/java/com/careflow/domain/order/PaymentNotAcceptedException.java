package com.careflow.domain.order;

/**
 * A payment the order cannot take now: one is already being processed, the payment deadline has passed, or the order
 * no longer waits for payment. Nothing changed; the message names the reason.
 */
public class PaymentNotAcceptedException extends IllegalOrderTransitionException {

    /** Why, as the portal tells it (message key suffix). */
    public enum Reason { IN_PROGRESS, DEADLINE_PASSED, NOT_PENDING }

    private final Reason reason;

    PaymentNotAcceptedException(String message, Reason reason) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
