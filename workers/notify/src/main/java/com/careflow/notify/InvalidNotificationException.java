package com.careflow.notify;

/** A notification that cannot be sent as asked (unknown template or order); retrying cannot help. */
class InvalidNotificationException extends RuntimeException {

    InvalidNotificationException(String message) {
        super(message);
    }
}
