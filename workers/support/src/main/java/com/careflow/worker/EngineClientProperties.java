package com.careflow.worker;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the workers reach the engine ({@code careflow.worker.engine.*}).
 *
 * @param baseUrl        the engine's REST API, e.g. {@code http://127.0.0.1:8080/engine-rest}
 * @param clients        external-task clients per JVM; each runs its handlers on one thread, so this is the
 *                       number of tasks worked at once
 * @param maxTasks       tasks one fetch locks
 * @param lockDuration   how long a locked task is ours; a worker that dies lets the engine hand it out again after it
 * @param longPoll       how long a fetch waits for new tasks. A failed task's retry is picked up only by the next
 *                       fetch, so this bounds retry latency too (ENGINE.md)
 * @param defaultBackoff before a retry of a failure the worker did not classify
 * @param responseMargin how much longer than the long poll the client waits for an answer before it gives the call
 *                       up as lost (a lost answer must not hang a worker). Tests that move the engine's clock back set
 *                       it long: a poll then waits in engine time, and one given up would still lock the next task
 * @param token          the service account's client-credentials token; the engine API accepts nothing else
 */
@ConfigurationProperties("careflow.worker.engine")
public record EngineClientProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://127.0.0.1:8080/engine-rest") String baseUrl,
        @DefaultValue("careflow-worker") String workerId,
        @DefaultValue("2") int clients,
        @DefaultValue("10") int maxTasks,
        @DefaultValue("60s") Duration lockDuration,
        @DefaultValue("5s") Duration longPoll,
        @DefaultValue("5s") Duration defaultBackoff,
        @DefaultValue("15s") Duration responseMargin,
        @DefaultValue Token token) {

    /** The client's HTTP response timeout: above the long poll, so a lost response cannot hang a worker. */
    public Duration responseTimeout() {
        return longPoll.plus(responseMargin);
    }

    /** Keycloak's token endpoint and the service account's credentials. */
    public record Token(
            @DefaultValue("http://localhost:8180/realms/careflow/protocol/openid-connect/token") String uri,
            @DefaultValue("careflow-workers") String clientId,
            @DefaultValue("careflow-workers-dev-secret") String clientSecret) {
    }
}
