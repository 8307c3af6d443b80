package com.careflow.payment;

/** The process variables the refund job reads; what to refund comes from our payment record. */
public record RefundInput(String orderNumber) {
}
