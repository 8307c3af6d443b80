package com.careflow.assign;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.camunda.client.exception.CamundaError;

/**
 * How this module's jobs fail. Bad input (variables that make no sense, an order or offer in a state the step does
 * not fit) fails without retries, so the incident shows at once; anything else is technical trouble and fails with
 * the job's retries minus one after the configured backoff. BPMN errors pass through untouched.
 */
@Component
class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final AssignmentProperties properties;

    Jobs(AssignmentProperties properties) {
        this.properties = properties;
    }

    /** Runs one job's work; {@code what} completes "Cannot …" / "… failed", e.g. "reserve the slot of order X". */
    <T> T run(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (CamundaError decided) {
            throw decided;
        } catch (IllegalArgumentException | IllegalStateException badInput) {
            throw CamundaError.jobError("Cannot " + what + ": " + badInput.getMessage(), null, 0, null);
        } catch (RuntimeException technical) {
            log.warn("Failed to {}; the engine will retry", what, technical);
            throw CamundaError.jobError("Failed to " + what + ", will retry: " + technical.getMessage(), null, null,
                    properties.retryBackoff());
        }
    }

    void run(String what, Runnable work) {
        run(what, () -> {
            work.run();
            return null;
        });
    }

    /** Throws {@link IllegalArgumentException} naming a missing variable. */
    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("variable " + name + " is missing");
        }
        return value;
    }
}
