package com.careflow.portal.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health "keycloak": up when the realm's signing keys answer at the address the portal itself uses for them (in
 * compose the internal one), so sign-in and token checks can work.
 */
@Component
class KeycloakHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final URI keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    KeycloakHealthIndicator(@Value("${spring.security.oauth2.client.provider.keycloak.jwk-set-uri}") URI keys) {
        this.keys = keys;
    }

    /** Unreachable is an answer, not a failure to log: the start gate asks twice a second while Keycloak starts. */
    @Override
    protected void doHealthCheck(Health.Builder health) throws InterruptedException {
        health.withDetail("keys", keys.toString());
        try {
            int status = http.send(HttpRequest.newBuilder(keys).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            (status == 200 ? health.up() : health.down()).withDetail("status", status);
        } catch (IOException e) {
            health.down().withDetail("error", e.getClass().getSimpleName());
        }
    }
}
