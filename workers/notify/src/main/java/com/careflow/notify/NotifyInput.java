package com.careflow.notify;

/** The process variables the notify jobs read; {@code declineReason} is set when the payment was declined. */
public record NotifyInput(String orderNumber, String declineReason) {
}
