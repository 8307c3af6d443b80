package com.careflow.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The people one can sign in as, read from the realm file Keycloak imports (identity/keycloak-realm.json), so the
 * banner never lists an account or a password the realm does not have. Service accounts have no password: left out.
 */
record DemoAccounts(List<Account> accounts) {

    /** One sign-in: user name, password, CareFlow roles (not Keycloak's default roles), display name. */
    record Account(String username, String password, List<String> roles, String name) {
    }

    static DemoAccounts from(Path realmFile) {
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(realmFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm file " + realmFile, e);
        }
        List<Account> accounts = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            String password = password(user);
            if (password == null) {
                continue;
            }
            List<String> roles = StreamSupport.stream(user.path("realmRoles").spliterator(), false)
                    .map(JsonNode::asText)
                    .filter(role -> !role.startsWith("default-roles-") && !role.equals("offline_access")
                            && !role.equals("uma_authorization"))
                    .toList();
            // Chinese order: family name first
            String name = user.path("lastName").asText("") + user.path("firstName").asText("");
            accounts.add(new Account(user.path("username").asText(), password, roles, name));
        }
        return new DemoAccounts(List.copyOf(accounts));
    }

    private static String password(JsonNode user) {
        for (JsonNode credential : user.path("credentials")) {
            if ("password".equals(credential.path("type").asText()) && credential.hasNonNull("value")) {
                return credential.path("value").asText();
            }
        }
        return null;
    }
}
