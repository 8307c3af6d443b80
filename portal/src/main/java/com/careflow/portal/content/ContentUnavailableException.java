package com.careflow.portal.content;

/** The engine could not be reached: nothing was kept, the author may try again. */
class ContentUnavailableException extends RuntimeException {

    ContentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
