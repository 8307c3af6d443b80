package com.careflow.payment.payout;

import java.time.Instant;

/** The gateway accepted the transfer: its reference, and when. */
public record TransferResult(String reference, Instant acceptedAt) {
}
