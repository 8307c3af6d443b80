package com.careflow.payment;

/** Variables the refund job hands back: the gateway's refund id, or null when nothing was charged to refund. */
public record RefundOutcome(String refundId) {
}
