package com.careflow.payment;

/** The gateway could not give an answer (unreachable, processing error); trying again later may succeed. */
public class PaymentGatewayException extends RuntimeException {

    public PaymentGatewayException(String message) {
        super(message);
    }

    public PaymentGatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
