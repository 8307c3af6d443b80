package com.careflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The banner lists every account of the realm file one can sign in with, with its password and role, and the URLs. */
class StartupBannerTest {

    static final String REALM_FILE = "../identity/keycloak-realm.json";

    final MockEnvironment env = new MockEnvironment()
            .withProperty("careflow.runtime.embedded", "true")
            .withProperty("careflow.runtime.keycloak.realm-file", REALM_FILE)
            .withProperty("careflow.portal.base-url", "http://localhost:8080")
            .withProperty("careflow.keycloak.base-url", "http://localhost:8180");

    @Test
    void listsEveryRealmUserWithAPasswordAndTheirRoles() throws IOException {
        String banner = new StartupBanner(env).text();

        JsonNode users = new ObjectMapper().readTree(new File(REALM_FILE)).path("users");
        int listed = 0;
        for (JsonNode user : users) {
            String username = user.path("username").asText();
            List<JsonNode> passwords = user.path("credentials").findParents("value");
            if (passwords.isEmpty()) {
                assertThat(banner).as("a service account has no password to sign in with")
                        .doesNotContain(username);
                continue;
            }
            String line = banner.lines().filter(l -> l.trim().startsWith(username + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(username + " missing from the banner:\n" + banner));
            assertThat(line).contains(" " + passwords.get(0).path("value").asText() + " ");
            user.path("realmRoles").forEach(role -> {
                if (!role.asText().startsWith("default-roles-")) {
                    assertThat(line).contains(role.asText());
                }
            });
            listed++;
        }
        assertThat(listed).as("the realm's demo people").isGreaterThanOrEqualTo(8);
        assertThat(banner).contains("reviewer2", "applicant").doesNotContain("default-roles-careflow");
    }

    @Test
    void namesPortalKeycloakAndCockpit() {
        String banner = new StartupBanner(env).text();

        assertThat(banner).contains("CareFlow is ready:   http://localhost:8080",
                "http://localhost:8080/operaton/app/cockpit/default/", "Keycloak:            http://localhost:8180",
                "http://localhost:8180/admin", "http://localhost:8080/mail");
    }

    @Test
    void withoutTheLocalRuntimeOnlyThePlatformUrls() {
        String banner = new StartupBanner(new MockEnvironment()
                .withProperty("careflow.portal.base-url", "https://careflow.example")).text();

        assertThat(banner).contains("https://careflow.example", "/operaton/app/cockpit/default/")
                .doesNotContain("password", "Keycloak");
    }
}
