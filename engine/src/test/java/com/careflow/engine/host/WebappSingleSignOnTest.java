package com.careflow.engine.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * Cockpit, Tasklist and Admin over a real HTTP server, signed in the way the portal signs users in (Keycloak subject
 * as the name, realm roles as {@code ROLE_} authorities; {@link PortalSignInStandIn}): the host's single sign-on
 * makes that user the web apps' user. Admin may do everything, analyst read everything and change nothing (the
 * engine's authorization checks, behind Operaton's XSRF handshake), anyone else is kept out.
 */
@SpringBootTest(classes = HostTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:host-sso;DB_CLOSE_DELAY=-1",
        "operaton.bpm.job-execution.enabled=false",
        "operaton.bpm.auto-deployment-enabled=false",
        "spring.autoconfigure.exclude=" + HostTestApplication.ADAPTER,
        "careflow.keycloak.base-url=http://keycloak.test" })
@Import({ HostWebTestSupport.class, PortalSignInStandIn.class })
class WebappSingleSignOnTest {

    private static final String COCKPIT = "/operaton/app/cockpit/default/";
    private static final String ENGINE_API = "/operaton/api/engine/engine/default";
    private static final String STATISTICS = "/operaton/api/cockpit/plugin/base/default/process-definition/statistics";
    private static final String SIGNED_IN_USER = "/operaton/api/admin/auth/user/default";

    private final ObjectMapper json = new ObjectMapper();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ProcessEngine engine;

    @Test
    void adminOpensCockpitAndIsTheWebappsUserWithEveryApp() throws Exception {
        ProcessDefinition definition = deployWithInstance();
        Browser admin = new Browser("kc-admin-1", "admin");

        HttpResponse<String> page = admin.get(COCKPIT);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("cockpit");
        HttpResponse<String> engines = admin.get("/operaton/api/engine/engine/");
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("\"default\"");
        HttpResponse<String> statistics = admin.get(STATISTICS);
        assertThat(statistics.statusCode()).isEqualTo(200);
        assertThat(statistics.body()).contains(definition.getId());

        JsonNode user = admin.getJson(SIGNED_IN_USER);
        assertThat(user.path("userId").asText()).isEqualTo("kc-admin-1");
        assertThat(names(user.path("authorizedApps"))).contains("cockpit", "tasklist", "admin");
    }

    @Test
    void analystReadsThroughCockpitButEveryChangeIsRefusedWhileAdminsGoThrough() throws Exception {
        ProcessDefinition definition = deployWithInstance();
        String instance = instanceOf(definition);
        Browser analyst = new Browser("kc-analyst-1", "analyst");

        assertThat(analyst.get(COCKPIT).statusCode()).isEqualTo(200);
        JsonNode user = analyst.getJson(SIGNED_IN_USER);
        assertThat(user.path("userId").asText()).isEqualTo("kc-analyst-1");
        assertThat(names(user.path("authorizedApps"))).contains("cockpit").doesNotContain("admin", "tasklist");
        assertThat(analyst.get(STATISTICS).body()).contains(definition.getId());
        assertThat(analyst.getJson(ENGINE_API + "/process-definition?key=" + definition.getKey())
                .findValuesAsText("id")).containsExactly(definition.getId());
        assertThat(analyst.getJson(ENGINE_API + "/process-instance?processDefinitionId=" + definition.getId())
                .findValuesAsText("id")).containsExactly(instance);

        HttpResponse<String> suspend = analyst.send(suspension(definition), true);
        assertThat(suspend.statusCode()).isEqualTo(403);
        assertThat(suspend.body()).contains("AuthorizationException");
        HttpResponse<String> delete = analyst.send(deletion(instance), true);
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(delete.body()).contains("AuthorizationException");
        assertThat(engine.getRepositoryService().getProcessDefinition(definition.getId()).isSuspended()).isFalse();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
                .isEqualTo(1);

        Browser admin = new Browser("kc-admin-2", "admin");
        assertThat(admin.send(suspension(definition), true).statusCode()).isEqualTo(204);
        assertThat(admin.send(deletion(instance), true).statusCode()).isEqualTo(204);
        assertThat(engine.getRepositoryService().getProcessDefinition(definition.getId()).isSuspended()).isTrue();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
                .isZero();
    }

    @Test
    void changesWithoutTheXsrfTokenAreRefusedByOperatonsFilter() throws Exception {
        ProcessDefinition definition = deployWithInstance();
        Browser admin = new Browser("kc-admin-3", "admin");

        HttpResponse<String> suspend = admin.send(suspension(definition), false);
        assertThat(suspend.statusCode()).isEqualTo(403);
        assertThat(suspend.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
        assertThat(engine.getRepositoryService().getProcessDefinition(definition.getId()).isSuspended()).isFalse();
    }

    @Test
    void theWebappsFirstRunSetupIsClosedSoNoLocalAdminCanBeCreated() throws Exception {
        Browser analyst = new Browser("kc-analyst-2", "analyst");

        HttpResponse<String> setup = analyst.send(request("/operaton/api/admin/setup/default/user/create")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\","
                        + "\"lastName\":\"N\",\"email\":\"i@example.org\"},"
                        + "\"credentials\":{\"password\":\"s3cret-Pass\"}}")),
                true);
        assertThat(setup.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(engine.getIdentityService().createUserQuery().count()).isZero();
        assertThat(engine.getIdentityService().isReadOnly()).isTrue();
    }

    @Test
    void newRealmRolesOfTheSameUserReachTheWebappsWithinTheSession() throws Exception {
        Browser user = new Browser("kc-promoted-1", "analyst");
        assertThat(user.get(COCKPIT).statusCode()).isEqualTo(200);
        assertThat(names(user.getJson(SIGNED_IN_USER).path("authorizedApps"))).doesNotContain("admin");

        user.signInAgainAs("admin");
        assertThat(user.get(COCKPIT).statusCode()).isEqualTo(200);
        assertThat(names(user.getJson(SIGNED_IN_USER).path("authorizedApps"))).contains("cockpit", "tasklist", "admin");
    }

    @Test
    void otherRolesAreKeptOutOfTheWebapps() throws Exception {
        deployWithInstance();
        Browser customer = new Browser("kc-customer-1", "customer", "reviewer", "worker");

        assertThat(customer.get(COCKPIT).statusCode()).isEqualTo(403);
        assertThat(customer.get("/operaton/app/tasklist/default/").statusCode()).isEqualTo(403);
        assertThat(customer.get(ENGINE_API + "/process-definition").statusCode()).isEqualTo(403);
        assertThat(customer.get(STATISTICS).statusCode()).isEqualTo(403);
        assertThat(customer.get(SIGNED_IN_USER).statusCode()).isEqualTo(403);
    }

    /** A new definition with one waiting instance, so each test has data of its own to read and change. */
    private ProcessDefinition deployWithInstance() {
        String key = "sso-" + UUID.randomUUID().toString().substring(0, 8);
        HostTestApplication.deploy(engine, Bpmn.createExecutableProcess(key).operatonHistoryTimeToLive(1)
                .startEvent().userTask("review").endEvent().done(), key);
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(key).singleResult();
        engine.getRuntimeService().startProcessInstanceById(definition.getId());
        return definition;
    }

    private String instanceOf(ProcessDefinition definition) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definition.getId())
                .singleResult().getId();
    }

    private HttpRequest.Builder suspension(ProcessDefinition definition) {
        return request(ENGINE_API + "/process-definition/" + definition.getId() + "/suspended")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"suspended\":true,\"includeProcessInstances\":true}"));
    }

    private HttpRequest.Builder deletion(String instance) {
        return request(ENGINE_API + "/process-instance/" + instance).DELETE();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    /** One signed-in user with a browser's cookie jar: the web apps keep their user and XSRF token in the session. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        private final String subject;
        private String roles;

        Browser(String subject, String... roles) {
            this.subject = subject;
            signInAgainAs(roles);
        }

        /** The same user signs in again (same browser, same session) and now has these realm roles. */
        void signInAgainAs(String... realmRoles) {
            this.roles = String.join(",", realmRoles);
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET(), false);
        }

        JsonNode getJson(String path) throws Exception {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
            return json.readTree(response.body());
        }

        /** With {@code xsrf}: first a GET, as the web apps load before they change anything, for the XSRF cookie. */
        HttpResponse<String> send(HttpRequest.Builder request, boolean xsrf) throws Exception {
            if (xsrf) {
                assertThat(get(COCKPIT).statusCode()).isEqualTo(200);
                request.header("X-XSRF-TOKEN", xsrfCookie());
            }
            request.header(PortalSignInStandIn.USER, subject).header(PortalSignInStandIn.ROLES, roles);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private String xsrfCookie() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                    .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie after a GET"));
        }
    }
}
