package com.careflow.payment;

/** How a charge ended at the gateway, and whether it was paid back later. */
public enum PaymentStatus {
    APPROVED, DECLINED, REFUNDED
}
