package com.careflow.payment;

import java.time.Instant;

/**
 * What the gateway answered. Every charge attempt gets a gateway id, declined ones too (as with real
 * gateways), so finance can look it up. A decline has a neutral code and a message a customer can read.
 */
public record ChargeResult(boolean approved, String paymentId, String declineCode, String declineReason,
        Instant processedAt) {

    public static ChargeResult approved(String paymentId, Instant at) {
        return new ChargeResult(true, paymentId, null, null, at);
    }

    public static ChargeResult declined(String paymentId, String code, String reason, Instant at) {
        return new ChargeResult(false, paymentId, code, reason, at);
    }
}
