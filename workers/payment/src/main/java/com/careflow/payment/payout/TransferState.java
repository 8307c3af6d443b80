package com.careflow.payment.payout;

/** The bank's final answer on an accepted transfer. */
public enum TransferState {
    CONFIRMED, RETURNED
}
