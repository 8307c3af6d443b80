package com.careflow.notify;

/**
 * The process variables the notify jobs read; {@code declineReason} is set when the payment was declined,
 * {@code reconciliationDay} (instead of an order) when the daily reconciliation alerts operations.
 */
public record NotifyInput(String orderNumber, String declineReason, String reconciliationDay) {

    public NotifyInput(String orderNumber, String declineReason) {
        this(orderNumber, declineReason, null);
    }
}
