package com.careflow.app.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keycloak's admin REST API over plain HTTP, signed in either as Keycloak's own administrator (master realm) or as
 * the workers' service account with the committed development secret, as an attacker holding that secret would.
 * Answers are returned as they come (status and body), so tests can assert refusals.
 */
final class KeycloakAdminApi {

    static final String REALM = "careflow";
    static final String WORKERS_CLIENT_ID = "careflow-workers";
    static final String WORKERS_DEV_SECRET = "careflow-workers-dev-secret";

    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI baseUrl;
    private final String token;

    private KeycloakAdminApi(URI baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Keycloak's administrator: may do anything, used to set up and to read what really happened. */
    static KeycloakAdminApi asAdministrator(URI baseUrl, String password) {
        return new KeycloakAdminApi(baseUrl, token(baseUrl, "master", "grant_type=password&client_id=admin-cli"
                + "&username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
    }

    /** The careflow-workers service account (client credentials with the secret in the repository). */
    static KeycloakAdminApi asWorkersServiceAccount(URI baseUrl) {
        return new KeycloakAdminApi(baseUrl, token(baseUrl, REALM, "grant_type=client_credentials&client_id="
                + WORKERS_CLIENT_ID + "&client_secret=" + WORKERS_DEV_SECRET));
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    Answer put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    /** A realm path such as {@code /users}, below {@code /admin/realms/careflow}. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String token(URI baseUrl, String realm, String form) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Answer answer = send(request);
        if (answer.status() != 200) {
            throw new AssertionError("no token from realm " + realm + ": " + answer);
        }
        return answer.json().get("access_token").asText();
    }

    private static Answer send(HttpRequest.Builder request) {
        return send(request.build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
