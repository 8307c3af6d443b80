package com.careflow.payment;

import java.time.Duration;

import com.careflow.worker.TaskFailure;

/**
 * How the payment tasks fail: bad input with no retries left (an incident at once, retrying cannot fix it),
 * technical trouble with the task's retries minus one after a backoff; the engine raises an incident when they are
 * used up. The payment steps keep their own wording ("Charging order … failed"), so they do not use JobRunner.
 */
final class JobFailures {

    private JobFailures() {
    }

    static TaskFailure hopeless(String message) {
        return TaskFailure.hopeless(message);
    }

    static TaskFailure retryLater(String message, Duration backoff, Throwable cause) {
        return TaskFailure.retryLater(message, backoff, cause);
    }

    /** Retried like {@link #retryLater}; when the retries are used up, the model's error boundary of the code. */
    static TaskFailure retryLaterThenError(String message, Duration backoff, Throwable cause, String errorCode) {
        return TaskFailure.retryLaterThenError(message, backoff, cause, errorCode);
    }
}
