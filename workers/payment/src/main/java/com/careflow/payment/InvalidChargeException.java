package com.careflow.payment;

/** A charge that must not be attempted as asked (bad variables, wrong order state); retrying cannot help. */
class InvalidChargeException extends RuntimeException {

    InvalidChargeException(String message) {
        super(message);
    }
}
