package com.careflow.domain.process;

/** Variables the payment worker hands back; the gateway in the model routes on {@code paymentApproved}. */
public record PaymentOutcome(boolean paymentApproved, String paymentId, String declineReason) {

    public static PaymentOutcome approved(String paymentId) {
        return new PaymentOutcome(true, paymentId, null);
    }

    public static PaymentOutcome declined(String paymentId, String reason) {
        return new PaymentOutcome(false, paymentId, reason);
    }
}
