package com.careflow.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.worker.TaskFailure;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;


/**
 * The real Keycloak admin client against a tiny local stand-in for Keycloak's admin REST API (token endpoint plus
 * the few admin paths the directory calls): Keycloak's 404 for a user or group becomes an incident at once, its
 * 500 a retry. The app's certification feature runs a real Keycloak; this pins the mapping without one.
 */
class KeycloakProviderDirectoryTest {

    private static final String ADMIN = "/admin/realms/careflow";

    private HttpServer keycloak;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** Status and JSON body per admin path; any other admin path answers 404 like Keycloak. */
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private KeycloakProviderDirectory directory;
    private final Jobs jobs = new Jobs(new CertificationProperties(Duration.ofDays(365), Duration.ofDays(30),
            Duration.ofDays(2), Duration.ofDays(1), Duration.ofSeconds(4)));

    private record Answer(int status, String json) {
    }

    @BeforeEach
    void startKeycloak() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/realms/careflow/protocol/openid-connect/token", exchange -> respond(exchange,
                new Answer(200, "{\"access_token\":\"t\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        keycloak.createContext(ADMIN, exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            respond(exchange, answers.getOrDefault(exchange.getRequestURI().getPath(), new Answer(404,
                    "{\"error\":\"Could not find resource\"}")));
        });
        keycloak.start();
        directory = new KeycloakProviderDirectory(new KeycloakAdminProperties(
                "http://127.0.0.1:" + keycloak.getAddress().getPort(), "careflow", "careflow-workers", "secret"));
    }

    @AfterEach
    void stopKeycloak() {
        directory.destroy();
        keycloak.stop(0);
    }

    @Test
    void anUnknownUserIsAnIncidentAtOnce() {
        TaskFailure error = grant("nobody");

        assertThat(error.getMessage()).isEqualTo("Cannot grant nobody: Keycloak realm careflow has no user nobody");
        assertThat(error.retryable()).isFalse();
        assertThat(requests).containsExactly("GET " + ADMIN + "/users/nobody");
    }

    @Test
    void anUnknownGroupIsAnIncidentAtOnce() {
        answers.put(ADMIN + "/users/u1", new Answer(200, "{\"id\":\"u1\",\"username\":\"provider\"}"));

        TaskFailure error = catchThrowableOfType(TaskFailure.class,
                () -> jobs.run("revoke u1", () -> directory.revoke("u1", ServiceCategory.COMPANION_ESCORT)));

        assertThat(error.getMessage()).isEqualTo("Cannot revoke u1: Keycloak realm careflow has no group "
                + "/certified/COMPANION_ESCORT (identity/keycloak-realm.json defines one per service category)");
        assertThat(error.retryable()).isFalse();
    }

    @Test
    void keycloakInTroubleIsRetried() {
        answers.put(ADMIN + "/users/u1", new Answer(500, "{\"error\":\"unknown_error\"}"));

        TaskFailure error = grant("u1");

        assertThat(error.getMessage()).startsWith("Failed to grant u1, will retry: ");
        assertThat(error.retryable()).as("the task\'s retries minus one").isTrue();
        assertThat(error.backoff()).isEqualTo(Duration.ofSeconds(4));
    }

    private TaskFailure grant(String userId) {
        return catchThrowableOfType(TaskFailure.class,
                () -> jobs.run("grant " + userId, () -> directory.grant(userId, ServiceCategory.COMPANION_ESCORT)));
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
