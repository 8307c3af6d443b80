package com.careflow.worker;

import java.time.Duration;

/**
 * A task's work failed. {@link #hopeless} leaves no retries, so the incident shows at once with the message;
 * {@link #retryLater} uses one of the task's retries and asks for the next attempt after the backoff (an incident
 * when none are left). The message is what operations reads on the incident: one line, in words.
 */
public final class TaskFailure extends RuntimeException {

    private final boolean retryable;
    private final Duration backoff;
    private final String errorWhenExhausted;

    private TaskFailure(String message, boolean retryable, Duration backoff, Throwable cause,
            String errorWhenExhausted) {
        super(message, cause);
        this.retryable = retryable;
        this.backoff = backoff;
        this.errorWhenExhausted = errorWhenExhausted;
    }

    private TaskFailure(String message, boolean retryable, Duration backoff, Throwable cause) {
        this(message, retryable, backoff, cause, null);
    }

    /**
     * As {@link #retryLater}, but once the retries are used up the model goes on at its error boundary of
     * {@code errorCode} instead of holding the instance in an incident: for trouble the process has an answer to.
     */
    public static TaskFailure retryLaterThenError(String message, Duration backoff, Throwable cause,
            String errorCode) {
        return new TaskFailure(message, true, backoff, cause, errorCode);
    }

    /** The BPMN error the model catches when the retries are used up, or null (an incident). */
    public String errorWhenExhausted() {
        return errorWhenExhausted;
    }

    public static TaskFailure hopeless(String message) {
        return new TaskFailure(message, false, Duration.ZERO, null);
    }

    public static TaskFailure retryLater(String message, Duration backoff) {
        return new TaskFailure(message, true, backoff, null);
    }

    public static TaskFailure retryLater(String message, Duration backoff, Throwable cause) {
        return new TaskFailure(message, true, backoff, cause);
    }

    public boolean retryable() {
        return retryable;
    }

    public Duration backoff() {
        return backoff;
    }
}
