package com.careflow.worker;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a job's work fails, the same in every worker module. Bad input (variables that make no sense, a domain object in
 * a state the step does not fit, and whatever else the module names) fails without retries, so the incident shows at
 * once with a readable message; anything else is technical trouble (MongoDB, Keycloak or SMTP unreachable) and fails
 * with the job's retries minus one after the backoff, so the engine tries again and raises an incident only when the
 * retries are used up. A {@link TaskFailure} or {@link BpmnError} the work throws itself passes through untouched.
 */
public final class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Duration retryBackoff;
    private final List<Class<? extends RuntimeException>> badInput;

    /** {@code alsoBadInput}: exceptions of the module's own that retrying cannot fix. */
    @SafeVarargs
    public JobRunner(Duration retryBackoff, Class<? extends RuntimeException>... alsoBadInput) {
        this.retryBackoff = retryBackoff;
        this.badInput = Stream.concat(Stream.of(IllegalArgumentException.class, IllegalStateException.class),
                Arrays.stream(alsoBadInput)).toList();
    }

    /** Runs one job's work; {@code what} completes "Cannot …" / "Failed to …", e.g. "check application X". */
    public <T> T run(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (TaskFailure | BpmnError decided) {
            throw decided;
        } catch (RuntimeException failure) {
            if (badInput.stream().anyMatch(type -> type.isInstance(failure))) {
                throw TaskFailure.hopeless("Cannot " + what + ": " + failure.getMessage());
            }
            log.warn("Failed to {}; the engine will retry", what, failure);
            throw TaskFailure.retryLater("Failed to " + what + ", will retry: " + failure.getMessage(), retryBackoff,
                    failure);
        }
    }

    public void run(String what, Runnable work) {
        run(what, () -> {
            work.run();
            return null;
        });
    }

    /** The variable's value; throws {@link IllegalArgumentException} naming it when it is missing or blank. */
    public static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("variable " + name + " is missing");
        }
        return value;
    }
}
