package com.careflow.domain.order;

/**
 * Where the customer's latest payment attempt of an order stands. PROCESSING and RETRYING are in flight: no other
 * attempt may start meanwhile, so two payments of one order never both go to the gateway. DECLINED and FAILED let
 * the customer pay again (another card) until the payment deadline.
 */
public enum PaymentState {
    /** Submitted; the charge step has not answered yet. */
    PROCESSING,
    /** The gateway could not answer; the engine tries the same charge again after a pause. */
    RETRYING,
    /** The bank refused the card; the reason says why. */
    DECLINED,
    /** The gateway stayed unreachable through every retry; nothing was charged. */
    FAILED,
    /** Charged; the order is PAID. */
    APPROVED;

    public boolean inFlight() {
        return this == PROCESSING || this == RETRYING;
    }
}
