package com.careflow.payment;

/** How a charge ended at the gateway. */
public enum PaymentStatus {
    APPROVED, DECLINED
}
