package com.careflow.app.features;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads users straight from Keycloak's admin REST API, so scenarios check what Keycloak itself holds (roles,
 * groups), not what the portal believes. Signs in as the workers' service account, which may view users.
 */
public class KeycloakUsers {

    private static final String REALM = "careflow";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public KeycloakUsers(@Value("${careflow.keycloak.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The Keycloak user id of {@code username}. */
    String idOf(String username) {
        JsonNode users = get("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        if (users.isEmpty()) {
            throw new AssertionError("Keycloak has no user " + username);
        }
        return users.get(0).get("id").asText();
    }

    /** The realm roles mapped directly to the user. */
    List<String> realmRolesOf(String userId) {
        return names(get("/users/" + userId + "/role-mappings/realm"), "name");
    }

    /** The paths of the user's groups, e.g. /certified/COMPANION_ESCORT. */
    List<String> groupsOf(String userId) {
        return names(get("/users/" + userId + "/groups"), "path");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.get(field).asText()));
        return names;
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + token()).GET().build();
        return send(request);
    }

    private String token() {
        String form = "grant_type=client_credentials&client_id=careflow-workers&client_secret=careflow-workers-dev-secret";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return send(request).get("access_token").asText();
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("Keycloak answered " + response.statusCode() + " to " + request.uri() + ": "
                        + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
