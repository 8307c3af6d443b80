package com.careflow.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.careflow.worker.EngineClientProperties;
import com.careflow.worker.EngineMessages;
import com.careflow.worker.ServiceAccountTokens;
import com.careflow.worker.TaskFailure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The renewal message through the real {@link EngineMessages} against a tiny stand-in for the engine's
 * {@code POST /message} and Keycloak's token endpoint: what is sent, and how the engine's answers are taken.
 */
class EngineRenewalMessagesTest {

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    /** What the engine answers with resultEnabled: one result per instance the message reached. */
    private volatile String answer = "[{\"resultType\":\"Execution\"}]";
    private EngineRenewalMessages renewals;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> respond(exchange, 200,
                "{\"access_token\":\"worker-token\",\"expires_in\":300}"));
        server.createContext("/engine-rest/message", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            bodies.add(new ObjectMapper().readTree(exchange.getRequestBody()));
            respond(exchange, status, answer);
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        EngineClientProperties properties = new EngineClientProperties(true, base + "/engine-rest", "test", 1, 1,
                Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(15),
                new EngineClientProperties.Token(base + "/token", "careflow-workers", "secret"));
        renewals = new EngineRenewalMessages(new EngineMessages(properties,
                new ServiceAccountTokens(properties.token())));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void correlatesByRenewalKeyWithTheRenewingApplication() {
        renewals.renewed("u4:COMPANION_ESCORT", "APP-9");

        assertThat(authorizations).containsExactly("Bearer worker-token");
        JsonNode body = bodies.get(0);
        assertThat(body.path("messageName").asText()).isEqualTo("certification-renewed");
        assertThat(body.path("correlationKeys").path("renewalKey").path("value").asText())
                .isEqualTo("u4:COMPANION_ESCORT");
        assertThat(body.path("processVariables").path("renewedBy").path("value").asText()).isEqualTo("APP-9");
        assertThat(body.path("all").asBoolean()).as("asks for every waiting instance: none is no failure").isTrue();
        assertThat(body.path("resultEnabled").asBoolean()).isTrue();
    }

    @Test
    void nobodyWaitingIsNoError() {
        answer = "[]"; // the old instance ended before the renewal was granted

        assertThatNoException().isThrownBy(() -> renewals.renewed("u4:COMPANION_ESCORT", "APP-9"));
    }

    @Test
    void anEngineInTroubleIsRetriedNotAnIncident() {
        status = 500;
        answer = "{\"message\":\"database down\"}";
        Jobs jobs = new Jobs(new CertificationProperties(Duration.ofDays(365), Duration.ofDays(30),
                Duration.ofDays(2), Duration.ofDays(1), Duration.ofSeconds(4)));

        TaskFailure failure = catchThrowableOfType(TaskFailure.class,
                () -> jobs.run("grant APP-9", () -> renewals.renewed("u4:COMPANION_ESCORT", "APP-9")));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).startsWith("Failed to grant APP-9, will retry: The engine refused message "
                + "certification-renewed: HTTP 500");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
