package com.careflow.payment;

import java.time.Duration;

import io.camunda.client.exception.CamundaError;

/**
 * How the payment jobs fail. The Camunda client turns these into fail commands: bad input with no retries left
 * (an incident at once, retrying cannot fix it), technical trouble with the job's retries minus one (the client's
 * default when none are given) after a backoff; the engine raises an incident when they are used up.
 */
final class JobFailures {

    private JobFailures() {
    }

    static RuntimeException hopeless(String message) {
        return CamundaError.jobError(message, null, 0, null);
    }

    static RuntimeException retryLater(String message, Duration backoff) {
        return CamundaError.jobError(message, null, null, backoff);
    }
}
