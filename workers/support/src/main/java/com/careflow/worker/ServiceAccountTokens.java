package com.careflow.worker;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bearer tokens of the workers' Keycloak service account (client credentials), kept until shortly before they
 * expire. The engine's REST API refuses calls without one.
 */
public final class ServiceAccountTokens {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final EngineClientProperties.Token settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock = Clock.systemUTC();

    private String token;
    private Instant renewAt = Instant.MIN;

    public ServiceAccountTokens(EngineClientProperties.Token settings) {
        this.settings = settings;
    }

    /** The header value, e.g. {@code Bearer eyJ…}. */
    public synchronized String authorization() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return "Bearer " + token;
    }

    private void fetch() {
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId()) + "&client_secret="
                + encode(settings.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.uri()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new EngineCallException("Keycloak refused the workers' token (HTTP " + response.statusCode()
                        + " from " + settings.uri() + ")");
            }
            JsonNode body = json.readTree(response.body());
            token = body.path("access_token").asText();
            renewAt = clock.instant().plusSeconds(body.path("expires_in").asLong(60)).minus(EARLY);
        } catch (IOException e) {
            throw new EngineCallException("Cannot reach Keycloak for the workers' token at " + settings.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineCallException("Interrupted while fetching the workers' token", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
