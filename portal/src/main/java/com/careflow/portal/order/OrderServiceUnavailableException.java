package com.careflow.portal.order;

/** The process engine could not take the order or the payment; nothing was left half done. */
class OrderServiceUnavailableException extends RuntimeException {

    OrderServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
