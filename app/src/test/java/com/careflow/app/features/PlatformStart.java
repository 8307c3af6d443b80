package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cucumber.java.Before;
import io.cucumber.java.en.Then;

/**
 * The platform's start: Keycloak and Elasticsearch start alongside the application, and the portal stays closed
 * ("CareFlow is starting", 503) until every part is up. Before the first scenario this waits for that, as a person
 * waits for the banner; the start-up scenario then checks what it promises.
 */
public class PlatformStart {

    static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /** Every part the app's readiness group names (application.yml). */
    static final List<String> PARTS = List.of("processEngine", "jobExecutor", "workers", "elasticsearch",
            "searchIndices", "keycloak", "mail");
    private static volatile boolean up;

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public PlatformStart(@Value("${careflow.portal.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Before(order = 0)
    public void awaitEveryPart() throws IOException, InterruptedException {
        if (up) {
            return;
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!"UP".equals(health().path("status").asText())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the platform did not get ready within " + START_TIMEOUT + ": " + health());
            }
            Thread.sleep(500);
        }
        up = true;
    }

    @Then("the platform's health is UP with every part up")
    public void everyPartUp() throws IOException, InterruptedException {
        for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
            JsonNode health = get(path);
            assertThat(health.path("status").asText()).as(path).isEqualTo("UP");
            for (String part : PARTS) {
                assertThat(health.path("components").path(part).path("status").asText()).as(path + " " + part)
                        .isEqualTo("UP");
            }
        }
    }

    @Then("the portal answers its pages, not the start page")
    public void portalOpen() throws IOException, InterruptedException {
        HttpResponse<String> catalog = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/catalog")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body()).doesNotContain("starting-page").contains("service-card");
    }

    private JsonNode health() throws IOException, InterruptedException {
        try {
            return get("/actuator/health");
        } catch (IOException e) {
            return json.createObjectNode().put("status", "unreachable: " + e.getMessage());
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }
}
