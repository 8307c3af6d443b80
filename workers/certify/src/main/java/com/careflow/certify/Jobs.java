package com.careflow.certify;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.camunda.client.exception.CamundaError;

/**
 * How this module's jobs fail. Bad input (an unknown application, one in a state the step does not fit, an
 * unknown Keycloak user or group) fails without retries, so the incident shows at once with a readable message;
 * anything else (Mongo or Keycloak unreachable) fails with the job's retries minus one after the backoff.
 */
@Component
class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final CertificationProperties properties;

    Jobs(CertificationProperties properties) {
        this.properties = properties;
    }

    /** Runs one job's work; {@code what} completes "Cannot …" / "Failed to …", e.g. "check application X". */
    <T> T run(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException | IllegalStateException | UnknownIdentityException badInput) {
            throw CamundaError.jobError("Cannot " + what + ": " + badInput.getMessage(), null, 0, null);
        } catch (RuntimeException technical) {
            log.warn("Failed to {}; the engine will retry", what, technical);
            throw CamundaError.jobError("Failed to " + what + ", will retry: " + technical.getMessage(), null, null,
                    properties.retryBackoff());
        }
    }

    /** Throws {@link IllegalArgumentException} naming a missing variable. */
    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("variable " + name + " is missing");
        }
        return value;
    }
}
