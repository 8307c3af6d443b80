package com.careflow.payment;

import java.time.Instant;

/** The gateway's answer to a refund: its id for the refund, and when it was booked. */
public record RefundResult(String refundId, Instant processedAt) {
}
