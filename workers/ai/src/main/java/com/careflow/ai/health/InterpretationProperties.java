package com.careflow.ai.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.ai.interpretation.*}: the key of the pseudonymous reference an interpreter sees instead of the
 * customer, and the remote LLM endpoint. With no {@code llm.url} the rule-based interpreter answers alone.
 *
 * @param pseudonymKey secret of the HMAC that turns a customer id into the reference (rotate it and references change)
 * @param llm an OpenAI-compatible chat completions endpoint: base URL (…/v1), model, API key (may be empty for a
 *        local server) and how long to wait for its answer before falling back
 * @param retryBackoff how long a task that failed (MongoDB unreachable) waits before the engine hands it out again
 */
@ConfigurationProperties("careflow.ai.interpretation")
record InterpretationProperties(@DefaultValue("careflow-dev-pseudonym-key") String pseudonymKey,
        @DefaultValue Llm llm, @DefaultValue("10s") Duration retryBackoff) {

    record Llm(String url, @DefaultValue("gpt-4o-mini") String model, String key,
            @DefaultValue("20s") Duration timeout) {

        boolean configured() {
            return url != null && !url.isBlank();
        }
    }
}
