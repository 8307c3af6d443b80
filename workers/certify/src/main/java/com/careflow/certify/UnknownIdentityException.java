package com.careflow.certify;

/** Keycloak has no such user or group: retrying will not help, an operator must look. */
class UnknownIdentityException extends RuntimeException {

    UnknownIdentityException(String message, Throwable cause) {
        super(message, cause);
    }
}
