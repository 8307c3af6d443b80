package com.careflow.domain.health.interpretation;

/** The interpreter gave no usable answer; the message is the reason recorded on the fallback. */
public class InterpreterUnavailableException extends RuntimeException {

    public InterpreterUnavailableException(String reason) {
        super(reason);
    }

    public InterpreterUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
