package com.careflow.payment.payout;

/** The payout gateway could not give an answer; trying again later with the same key may succeed. */
public class PayoutGatewayException extends RuntimeException {

    public PayoutGatewayException(String message) {
        super(message);
    }
}
