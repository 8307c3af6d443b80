package com.careflow.payment;

/** A charge or refund that must not be attempted as asked (bad variables, wrong state); retrying cannot help. */
class InvalidChargeException extends RuntimeException {

    InvalidChargeException(String message) {
        super(message);
    }
}
