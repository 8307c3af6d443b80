package com.careflow.domain.order;

import java.time.LocalDateTime;

/**
 * A service step asked for before its time: a check-in before the check-in window opens, a completion before the
 * appointment starts. The order stays as it was; {@link #allowedFrom()} is when the step becomes possible.
 */
public class TooEarlyException extends IllegalOrderTransitionException {

    private final LocalDateTime allowedFrom;

    TooEarlyException(String message, LocalDateTime allowedFrom) {
        super(message);
        this.allowedFrom = allowedFrom;
    }

    public LocalDateTime allowedFrom() {
        return allowedFrom;
    }
}
