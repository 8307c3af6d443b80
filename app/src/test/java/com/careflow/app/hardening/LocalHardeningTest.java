package com.careflow.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import com.careflow.app.CareFlowApplication;
import com.careflow.app.features.CucumberSpringConfiguration;
import com.careflow.app.features.PlatformStart;
import com.careflow.app.hardening.KeycloakAdminApi.Answer;
import com.careflow.runtime.LocalRuntime;
import com.careflow.runtime.RuntimeProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a local attacker found open (issue 12), checked against the real platform and servers: every server of the
 * local default listens on loopback only; the workers' Keycloak service account, signed in with the committed dev
 * secret, may grant the provider role and /certified/* groups and nothing else; weak passwords are refused; the
 * engine API wants a token. Same configuration as the Cucumber scenarios, so it shares their running platform.
 */
@SpringBootTest(classes = { CareFlowApplication.class, CucumberSpringConfiguration.MovableTime.class },
        webEnvironment = WebEnvironment.DEFINED_PORT)
@ActiveProfiles("it")
class LocalHardeningTest {

    private static final String PROVIDER_ROLE = "provider";
    private static final String CERTIFIED_GROUP = "/certified/COMPANION_ESCORT";

    @Autowired
    private LocalRuntime runtime;
    @Value("${local.server.port}")
    private int portalPort;
    @Value("${careflow.portal.base-url}")
    private String portalBaseUrl;

    private KeycloakAdminApi administrator;
    private KeycloakAdminApi workers;

    @BeforeEach
    void signIn() throws IOException, InterruptedException {
        new PlatformStart(portalBaseUrl).awaitEveryPart(); // Keycloak and Elasticsearch may still be starting beside the application
        URI keycloak = runtime.keycloakUrl();
        administrator = KeycloakAdminApi.asAdministrator(keycloak, runtime.properties().keycloak().adminPassword());
        workers = KeycloakAdminApi.asWorkersServiceAccount(keycloak);
    }

    // --- every local server on loopback only ---

    @Test
    void everyLocalServerAnswersOnLoopbackAndRefusesTheMachinesOtherAddresses() {
        List<InetAddress> otherAddresses = nonLoopbackAddresses();
        assumeThat(otherAddresses).as("this machine has no address but loopback: nothing to connect to")
                .isNotEmpty();
        for (Map.Entry<String, Integer> server : serverPorts().entrySet()) {
            int port = server.getValue();
            assertThatCode(() -> connect(InetAddress.getLoopbackAddress(), port))
                    .as("%s answers on 127.0.0.1:%d", server.getKey(), port).doesNotThrowAnyException();
            for (InetAddress address : otherAddresses) {
                assertThatExceptionOfType(ConnectException.class)
                        .as("%s must not listen on %s:%d", server.getKey(), address.getHostAddress(), port)
                        .isThrownBy(() -> connect(address, port));
            }
        }
    }

    private Map<String, Integer> serverPorts() {
        RuntimeProperties properties = runtime.properties();
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("portal", portalPort);
        ports.put("Keycloak HTTP", properties.keycloak().port());
        ports.put("Keycloak management", properties.keycloak().managementPort());
        ports.put("Elasticsearch HTTP", properties.elasticsearch().httpPort());
        ports.put("Elasticsearch transport", properties.elasticsearch().transportPort());
        ports.put("MongoDB", properties.mongo().port());
        ports.put("SMTP", properties.mail().smtpPort());
        ports.put("IMAP", properties.mail().imapPort());
        return ports;
    }

    /** The machine's own addresses other than loopback (IPv6 link-local ones need a scope and are left out). */
    private static List<InetAddress> nonLoopbackAddresses() {
        List<InetAddress> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                nic.inetAddresses()
                        .filter(a -> !a.isLoopbackAddress() && !(a instanceof Inet6Address && a.isLinkLocalAddress()))
                        .forEach(addresses::add);
            }
        } catch (SocketException e) {
            throw new IllegalStateException(e);
        }
        return addresses;
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 3000);
        }
    }

    // --- the workers' service account ---

    @Test
    void theWorkersAccountGrantsTheProviderRoleAndACertifiedGroup() {
        String user = newUser();

        assertThat(workers.post("/users/" + user + "/role-mappings/realm", List.of(realmRole(PROVIDER_ROLE)))
                .status()).isEqualTo(204);
        assertThat(workers.put("/users/" + user + "/groups/" + groupId(CERTIFIED_GROUP), null).status())
                .isEqualTo(204);

        assertThat(realmRolesOf(user)).contains(PROVIDER_ROLE);
        assertThat(groupsOf(user)).containsExactly(CERTIFIED_GROUP);
    }

    @Test
    void theWorkersAccountCannotGrantAnyOtherRealmRole() {
        String user = newUser();
        List<String> others = names(administrator.get("/roles").json()).stream()
                .filter(role -> !PROVIDER_ROLE.equals(role)).toList();
        assertThat(others).contains("admin", "finance", "reviewer", "analyst", "worker");

        for (String role : others) {
            assertThat(workers.post("/users/" + user + "/role-mappings/realm", List.of(realmRole(role))).status())
                    .as("granting realm role %s", role).isEqualTo(403);
        }
        assertThat(realmRolesOf(user)).doesNotContainAnyElementsOf(List.of("admin", "finance", "reviewer",
                "analyst", "worker", PROVIDER_ROLE));
    }

    @Test
    void theWorkersAccountCannotGrantKeycloaksOwnAdminRoles() {
        String user = newUser();
        String realmManagement = administrator.get("/clients?clientId=realm-management").json().get(0)
                .get("id").asText();
        JsonNode realmAdmin = administrator.get("/clients/" + realmManagement + "/roles/realm-admin").json();

        assertThat(workers.post("/users/" + user + "/role-mappings/clients/" + realmManagement, List.of(realmAdmin))
                .status()).isEqualTo(403);
        assertThat(administrator.get("/users/" + user + "/role-mappings/clients/" + realmManagement).json())
                .isEmpty();
    }

    @Test
    void theWorkersAccountCannotJoinOtherGroups() {
        String user = newUser();
        String name = "hardening-" + System.nanoTime();
        assertThat(administrator.post("/groups", Map.of("name", name)).status()).isEqualTo(201);
        String otherGroup = groupId("/" + name);

        assertThat(workers.put("/users/" + user + "/groups/" + groupId("/certified"), null).status())
                .as("the parent group /certified").isEqualTo(403);
        assertThat(workers.put("/users/" + user + "/groups/" + otherGroup, null).status())
                .as("a group outside /certified").isEqualTo(403);
        assertThat(groupsOf(user)).isEmpty();
    }

    @Test
    void theWorkersAccountCannotChangeCredentialsOrUsersNorCreateUsers() {
        String user = newUser();

        assertThat(workers.put("/users/" + user + "/reset-password",
                Map.of("type", "password", "value", "Attacker-2026!", "temporary", false)).status()).isEqualTo(403);
        assertThat(workers.put("/users/" + user, Map.of("email", "attacker@example.com")).status()).isEqualTo(403);
        assertThat(workers.post("/users", Map.of("username", "attacker." + System.nanoTime(), "enabled", true))
                .status()).isEqualTo(403);
        assertThat(administrator.get("/users/" + user).json().path("email").asText()).endsWith("@example.org");
    }

    // --- password policy and brute-force protection ---

    @Test
    void weakPasswordsAreRefusedByThePolicy() {
        String username = "hardening." + System.nanoTime();
        String email = username + "@example.org";

        for (String weak : List.of("1", username, email)) {
            Answer answer = administrator.post("/users", newUserWithPassword(username, email, weak));
            assertThat(answer.status()).as("password %s", weak).isEqualTo(400);
            assertThat(answer.body()).contains("invalidPassword");
        }
        assertThat(administrator.get("/users?exact=true&username=" + username).json()).isEmpty();
        assertThat(administrator.post("/users", newUserWithPassword(username, email, "Careflow-2026!")).status())
                .isEqualTo(201);
    }

    @Test
    void theRealmHasAPasswordPolicyAndBruteForceProtection() {
        JsonNode realm = administrator.get("").json();

        assertThat(realm.path("passwordPolicy").asText()).contains("length(8)", "notUsername", "notEmail");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    }

    // --- the engine API ---

    @Test
    void theEngineApiWantsAToken() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + portalPort + "/engine-rest/engine")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).isEqualTo(401);
        }
    }

    // --- helpers ---

    /** A fresh customer, created by Keycloak's administrator; returns its id. */
    private String newUser() {
        String username = "hardening." + System.nanoTime();
        Answer created = administrator.post("/users",
                newUserWithPassword(username, username + "@example.org", "Careflow-2026!"));
        assertThat(created.status()).as("creating %s: %s", username, created.body()).isEqualTo(201);
        return administrator.get("/users?exact=true&username=" + username).json().get(0).get("id").asText();
    }

    private static Map<String, Object> newUserWithPassword(String username, String email, String password) {
        return Map.of("username", username, "email", email, "enabled", true,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
    }

    private JsonNode realmRole(String name) {
        return administrator.get("/roles/" + name).json();
    }

    private String groupId(String path) {
        return administrator.get("/group-by-path" + path).json().get("id").asText();
    }

    private List<String> realmRolesOf(String user) {
        return names(administrator.get("/users/" + user + "/role-mappings/realm").json());
    }

    private List<String> groupsOf(String user) {
        return StreamSupport.stream(administrator.get("/users/" + user + "/groups").json().spliterator(), false)
                .map(group -> group.get("path").asText()).toList();
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get("name").asText()).toList();
    }
}
