package com.careflow.review;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.camunda.client.exception.CamundaError;

/**
 * How this module's jobs fail. Bad input (unknown content, missing variables, a step the content's state does not
 * allow) fails without retries, so the incident shows at once with the reason; anything else (Mongo down) is
 * technical trouble and fails with the job's retries minus one after the configured backoff.
 */
@Component
class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final ReviewProperties properties;

    Jobs(ReviewProperties properties) {
        this.properties = properties;
    }

    /** {@code what} completes "Cannot …" / "Failed to …", e.g. "publish content CNT…". */
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
}
