package com.careflow.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.Notifications;
import com.careflow.domain.order.Orders;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.health.HealthTestOrders;
import com.careflow.portal.analyst.InMemoryProcessModels;
import com.careflow.portal.order.RecordingOrderProcess;
import com.careflow.portal.order.TestOrders;
import com.careflow.portal.search.RecordingReindexing;

/**
 * Every route of the portal against every kind of visitor. The rules live in {@link SecurityConfig}; this is the
 * table a reviewer reads to see who gets what. "Allowed" means the request reached the application: neither
 * 401/403 nor a redirect to the login. A path that is no route is a 404 for anyone signed in, and sends anonymous
 * visitors to sign in like any other page they may not see.
 */
@PortalWebMvcTest
class SecurityMatrixTest {

    static final String ORDER = "ORD20250101999001";
    static final String NOTIFICATION = "matrix-notification";
    static final String CONTENT = "matrix-content";
    static final String DOCUMENT = "matrix-document";
    static final String TASK = "2251799813999001";
    static final String MODEL = "matrix-process";
    static final String LOGIN = "http://localhost/oauth2/authorization/keycloak";
    static final String HEALTH_ORDER = "ORD20250101999002";
    static final String NO_CONSENT_CUSTOMER = "matrix-customer-without-consent";

    /** Who may use a route. */
    enum Access {
        PUBLIC, CUSTOMER, PROVIDER, ADMIN, SIGNED_IN, NOBODY,
        /** customers and providers: content authors, certification applicants */
        AUTHOR,
        /** task inboxes: reviewers, finance and consultants */
        INBOX,
        /** the ledger's pages: finance */
        FINANCE,
        /** certification documents: applicants and the reviewers deciding */
        DOCUMENTS,
        /** Operaton's Cockpit, Tasklist and Admin: operations and analysts */
        WEBAPPS,
        /**
         * someone else's health records: the provider of an active order the customer consented on (the matrix's
         * data has one), and admins (who are asked for a reason); never reviewers, analysts, finance or customers
         */
        HEALTH_RECORDS,
        /** no route at all: 404 for whoever is signed in, sign-in for anonymous visitors */
        UNKNOWN,
        /** the analyst workspace: analysts (and admins) */
        ANALYST
    }

    record Route(HttpMethod method, String path, Access access) {
        boolean api() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Route> ROUTES = List.of(
            get("/", Access.PUBLIC),
            get("/catalog", Access.PUBLIC),
            get("/catalog?category=HOME_CARE", Access.PUBLIC),
            get("/catalog/escort-beijing-halfday", Access.PUBLIC),
            get("/register", Access.PUBLIC),
            get("/css/careflow.css", Access.PUBLIC),
            get("/js/order-status.js", Access.PUBLIC),
            get("/vendor/chart.js/chart.js", Access.PUBLIC),
            get("/images/logo.svg", Access.PUBLIC),
            get("/favicon.ico", Access.PUBLIC),
            get("/error", Access.PUBLIC),
            get("/actuator/health", Access.PUBLIC),
            get("/orders", Access.CUSTOMER),
            get("/orders/new?service=escort-beijing-halfday", Access.CUSTOMER),
            post("/orders", Access.CUSTOMER),
            get("/orders/" + ORDER, Access.CUSTOMER),
            post("/orders/" + ORDER + "/payment", Access.CUSTOMER),
            get("/api/orders/" + ORDER, Access.CUSTOMER),
            get("/orders/slots?service=escort-beijing-halfday&date=2030-01-01", Access.CUSTOMER),
            post("/orders/" + ORDER + "/cancel", Access.CUSTOMER),
            post("/orders/" + ORDER + "/reschedule", Access.CUSTOMER),
            post("/orders/" + ORDER + "/complaint", Access.CUSTOMER),
            get("/provider/offers", Access.PROVIDER),
            post("/provider/offers/" + ORDER + "/grab", Access.PROVIDER),
            get("/api/provider/offers", Access.PROVIDER),
            post("/api/provider/offers/" + ORDER + "/grab", Access.PROVIDER),
            get("/provider/orders", Access.PROVIDER),
            get("/api/provider/orders", Access.PROVIDER),
            post("/provider/orders/" + ORDER + "/check-in", Access.PROVIDER),
            post("/provider/orders/" + ORDER + "/complete", Access.PROVIDER),
            get("/operations", Access.ADMIN),
            get("/operations/assignments", Access.ADMIN),
            get("/operations/complaints", Access.ADMIN),
            post("/operations/complaints/" + ORDER + "/decision?approved=true", Access.ADMIN),
            get("/community", Access.PUBLIC),
            get("/community/" + CONTENT, Access.PUBLIC),
            get("/content/mine", Access.AUTHOR),
            get("/content/new", Access.AUTHOR),
            post("/content", Access.AUTHOR),
            post("/content/" + CONTENT + "/appeal", Access.AUTHOR),
            get("/certification", Access.AUTHOR),
            get("/certification/apply", Access.AUTHOR),
            post("/certification/apply", Access.AUTHOR),
            get("/certification/documents/" + DOCUMENT, Access.DOCUMENTS),
            get("/tasks", Access.INBOX),
            get("/tasks/" + TASK, Access.INBOX),
            post("/tasks/" + TASK + "/claim", Access.INBOX),
            post("/tasks/" + TASK + "/unclaim", Access.INBOX),
            post("/tasks/" + TASK + "/complete", Access.INBOX),
            get("/api/tasks", Access.INBOX),
            get("/finance/ledger", Access.FINANCE),
            // payouts: all statements for finance, a provider's own for them (another's is a 404)
            get("/finance/statements", Access.FINANCE),
            get("/finance/statements?status=PAID&week=2026-11-23", Access.FINANCE),
            get("/finance/statements/p1:2026-11-23", Access.FINANCE),
            get("/provider/statements", Access.PROVIDER),
            get("/provider/statements/p1:2026-11-23", Access.PROVIDER),
            get("/operations/incidents", Access.ADMIN),
            post("/operations/incidents/" + TASK + "/retry", Access.ADMIN),
            get("/search", Access.PUBLIC),
            get("/search?q=%E9%99%AA%E8%AF%8A&type=providers&rating=4.5", Access.PUBLIC),
            get("/api/search?q=escort", Access.PUBLIC),
            get("/api/search/suggest?q=pei", Access.PUBLIC),
            get("/js/search-suggest.js", Access.PUBLIC),
            get("/operations/search", Access.ADMIN),
            post("/operations/search/reindex", Access.ADMIN),
            get("/api/operations/search/reindex", Access.ADMIN),
            get("/notifications", Access.SIGNED_IN),
            post("/notifications/" + NOTIFICATION + "/read", Access.SIGNED_IN),
            get("/mail", Access.SIGNED_IN),
            get("/me", Access.SIGNED_IN),
            // analyst workspace, see: models, a version's diagram, XML and overlay, the diff
            get("/analyst", Access.ANALYST),
            get("/analyst/models/" + MODEL + "/1", Access.ANALYST),
            get("/analyst/models/" + MODEL + "/1/xml", Access.ANALYST),
            get("/api/analyst/models/" + MODEL + "/1/activity?period=WEEK", Access.ANALYST),
            get("/analyst/models/" + MODEL + "/diff?from=1&to=1", Access.ANALYST),
            // analyst workspace, edit: drafts, lint, deployment, migration
            get("/analyst/drafts", Access.ANALYST),
            post("/analyst/drafts", Access.ANALYST),
            get("/analyst/drafts/matrix-draft", Access.ANALYST),
            get("/analyst/drafts/matrix-draft/xml", Access.ANALYST),
            post("/analyst/drafts/matrix-draft", Access.ANALYST),
            post("/analyst/drafts/matrix-draft/deploy", Access.ANALYST),
            post("/analyst/drafts/matrix-draft/discard", Access.ANALYST),
            get("/analyst/migrations?process=service-order&version=1", Access.ANALYST),
            post("/analyst/migrations?process=service-order&version=1", Access.ANALYST),
            get("/operaton/app/cockpit/default/", Access.WEBAPPS),
            get("/operaton/app/tasklist/default/", Access.WEBAPPS),
            get("/operaton/api/engine/engine/default/process-definition", Access.WEBAPPS),
            post("/operaton/api/engine/engine/default/process-instance", Access.WEBAPPS),
            // health records (health/): the customer's own, and another customer's for the provider of a consenting
            // active order or an admin; a customer the provider has no such order with is refused to them
            get("/health", Access.CUSTOMER),
            get("/health?days=90", Access.CUSTOMER),
            get("/health/readings/new", Access.CUSTOMER),
            post("/health/readings", Access.CUSTOMER),
            post("/health/readings/20250101-00000000000000aa/delete", Access.CUSTOMER),
            get("/health/profile", Access.CUSTOMER),
            post("/health/profile", Access.CUSTOMER),
            get("/health/import", Access.CUSTOMER),
            post("/health/import", Access.CUSTOMER),
            get("/health/access-log", Access.CUSTOMER),
            get("/health/report?month=2025-01", Access.CUSTOMER),
            get("/health/customers/" + Roles.CUSTOMER, Access.HEALTH_RECORDS),
            get("/health/customers/" + Roles.CUSTOMER + "?reason=complaint%20ORD1", Access.HEALTH_RECORDS),
            get("/health/customers/" + NO_CONSENT_CUSTOMER, Access.ADMIN),
            // health (issue 15): a customer's own AI interpretations and crisis alerts; the consultants' call-back
            get("/health/interpretations", Access.CUSTOMER),
            post("/health/interpretations?period=30", Access.CUSTOMER),
            get("/health/interpretations/INT-matrix", Access.CUSTOMER),
            get("/api/health/interpretations/INT-matrix", Access.CUSTOMER),
            get("/js/health-interpretation.js", Access.PUBLIC),
            get("/health/alerts", Access.CUSTOMER),
            post("/tasks/" + TASK + "/call-back", Access.INBOX),
            // the engine's REST API takes workers' bearer tokens only (its own chain, EngineRestSecurityTest in
            // careflow-engine), so this chain never sees it in the application; in this slice there is no engine
            // and no route: nobody gets anywhere with a portal session
            get("/engine-rest/process-definition", Access.UNKNOWN),
            post("/engine-rest/message", Access.UNKNOWN),
            // routes that exist, but not with this method: denied to everyone
            post("/catalog", Access.NOBODY),
            post("/search", Access.NOBODY),
            post("/api/search", Access.NOBODY),
            post("/community", Access.NOBODY),
            post("/register", Access.NOBODY),
            // no route at all (actuator only exposes health)
            get("/admin", Access.UNKNOWN),
            get("/api/services", Access.UNKNOWN),
            post("/api/services", Access.UNKNOWN),
            get("/catalogue", Access.UNKNOWN),
            get("/no/such/page", Access.UNKNOWN),
            get("/actuator/env", Access.UNKNOWN),
            // the health report's font is on the classpath for the server only, never served
            get("/careflow/fonts/NotoSansSC-Regular.ttf", Access.UNKNOWN),
            // daily reconciliation: finance (and admin)
            get("/finance/reconciliation", Access.FINANCE));

    static final List<String> ROLES = List.of(Roles.CUSTOMER, Roles.PROVIDER, Roles.REVIEWER, Roles.ANALYST,
            Roles.FINANCE, Roles.CONSULTANT, Roles.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;
    @Autowired
    Notifications notifications;
    @Autowired
    RecordingOrderProcess process;
    @Autowired
    Clock clock;
    @Autowired
    RecordingReindexing reindexing;
    @Autowired
    HealthRecords healthRecords;
    @Autowired
    InMemoryProcessModels models;

    @BeforeEach
    void data() {
        process.reset();
        reindexing.reset();
        models.reset();
        models.deploy(MODEL + ".bpmn", "<definitions><process id=\"" + MODEL + "\" isExecutable=\"true\"/>"
                + "</definitions>", "analyst");
        orders.deleteById(ORDER);
        TestOrders.pendingOrder(orders, ORDER, Roles.CUSTOMER, clock);
        orders.deleteById(HEALTH_ORDER);
        HealthTestOrders.confirmed(orders, HEALTH_ORDER, Roles.CUSTOMER, Roles.PROVIDER, true, clock);
        notifications.deleteById(NOTIFICATION);
        notifications.save(new Notification(NOTIFICATION, Roles.CUSTOMER, null, NotificationChannel.IN_APP,
                "order-confirmed", "订单已确认", "您的订单已确认。", ORDER, clock.instant()));
    }

    static Stream<Arguments> anonymousVisits() {
        return ROUTES.stream().map(Arguments::of);
    }

    static Stream<Arguments> signedInVisits() {
        return ROUTES.stream().flatMap(route -> ROLES.stream().map(role -> Arguments.of(route, role)));
    }

    @ParameterizedTest(name = "anonymous {0}")
    @MethodSource("anonymousVisits")
    void anonymousVisitor(Route route) throws Exception {
        MockHttpServletResponse response = perform(route, anonymous());
        if (route.access() == Access.PUBLIC) {
            assertReached(route, response);
        }
        else if (route.api()) {
            assertThat(response.getStatus()).as(route.toString()).isEqualTo(401);
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
        }
        else {
            assertThat(response.getStatus()).as(route.toString()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(route.toString()).isEqualTo(LOGIN);
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("signedInVisits")
    void signedIn(Route route, String role) throws Exception {
        MockHttpServletResponse response = perform(route, TestUsers.user(role));
        boolean allowed = switch (route.access()) {
            case PUBLIC, SIGNED_IN -> true;
            case CUSTOMER -> role.equals(Roles.CUSTOMER) || role.equals(Roles.ADMIN);
            case PROVIDER -> role.equals(Roles.PROVIDER) || role.equals(Roles.ADMIN);
            case ADMIN -> role.equals(Roles.ADMIN);
            case AUTHOR -> List.of(Roles.CUSTOMER, Roles.PROVIDER, Roles.ADMIN).contains(role);
            case INBOX -> List.of(Roles.REVIEWER, Roles.FINANCE, Roles.CONSULTANT, Roles.ADMIN).contains(role);
            case FINANCE -> List.of(Roles.FINANCE, Roles.ADMIN).contains(role);
            case DOCUMENTS -> List.of(Roles.CUSTOMER, Roles.PROVIDER, Roles.REVIEWER, Roles.ADMIN).contains(role);
            case WEBAPPS, ANALYST -> List.of(Roles.ANALYST, Roles.ADMIN).contains(role);
            case HEALTH_RECORDS -> List.of(Roles.PROVIDER, Roles.ADMIN).contains(role);
            case NOBODY -> false;
            case UNKNOWN -> {
                assertNotFound(route, role, response);
                yield true;
            }
        };
        if (allowed) {
            assertReached(route, response);
        }
        else {
            assertThat(response.getStatus()).as(role + " " + route).isEqualTo(403);
            if (route.api()) {
                assertThat(response.getContentType()).isEqualTo("application/problem+json");
            }
            else {
                // pages go on to the HTML error page (sendError), never answer with the API's problem JSON
                assertThat(response.getContentType()).as(role + " " + route).isNull();
                assertThat(response.getErrorMessage()).as(role + " " + route).isNotNull();
            }
        }
    }

    @Test
    void postsWithoutCsrfTokenAreRejectedAndChangeNothing() throws Exception {
        for (Route route : ROUTES) {
            if (route.method() != HttpMethod.POST || route.access() == Access.NOBODY
                    || route.access() == Access.UNKNOWN) {
                continue;
            }
            for (RequestPostProcessor token : List.of(noToken(), csrf().useInvalidToken())) {
                MvcResult result = mvc.perform(request(route).with(TestUsers.user(Roles.CUSTOMER)).with(token))
                        .andReturn();
                assertCsrfRejected(route, result);
            }
        }
        assertThat(notifications.findById(NOTIFICATION).orElseThrow().getReadAt()).isNull();
        assertThat(process.started()).isEmpty();
        assertThat(process.payments()).isEmpty();
        assertThat(process.messages()).isEmpty();
        assertThat(reindexing.starts()).isEmpty();
        assertThat(healthRecords.readingsBetween(Roles.CUSTOMER, clock.instant().minus(Duration.ofDays(365)),
                clock.instant().plusSeconds(86_400))).isEmpty();
    }

    @Test
    void webappApisAreLeftToOperatonsOwnCsrfCheck() throws Exception {
        Route query = post("/operaton/api/engine/engine/default/process-instance", Access.WEBAPPS);
        MockHttpServletResponse response = mvc.perform(request(query).with(TestUsers.user(Roles.ANALYST)))
                .andReturn().getResponse();
        assertReached(query, response);
        Route portalPost = post("/orders", Access.CUSTOMER);
        assertThat(mvc.perform(request(portalPost).with(TestUsers.user(Roles.CUSTOMER))).andReturn().getResponse()
                .getStatus()).as("the portal's own forms keep Spring's CSRF check").isEqualTo(403);
    }

    @Test
    void aMissingCsrfTokenOnTheApiSaysSoInTheCallersLanguage() throws Exception {
        Route grab = post("/api/provider/offers/" + ORDER + "/grab", Access.PROVIDER);
        MockHttpServletResponse english = mvc.perform(request(grab).header("Accept-Language", "en")
                .cookie(new jakarta.servlet.http.Cookie("careflow-lang", "en"))
                .with(TestUsers.user(Roles.PROVIDER))).andReturn().getResponse();
        assertThat(english.getStatus()).isEqualTo(403);
        assertThat(english.getContentAsString(StandardCharsets.UTF_8))
                .contains("The CSRF token is missing or invalid").doesNotContain("role");
        MockHttpServletResponse chinese = mvc.perform(request(grab).with(TestUsers.user(Roles.PROVIDER)))
                .andReturn().getResponse();
        assertThat(chinese.getContentAsString(StandardCharsets.UTF_8)).contains("CSRF 令牌缺失或无效");
        // with the token, the same user is let in: the role was never the problem
        assertReached(grab, perform(grab, TestUsers.user(Roles.PROVIDER)));
        // and a role that may not use it still hears about its role
        MockHttpServletResponse customer = perform(grab, TestUsers.user(Roles.CUSTOMER));
        assertThat(customer.getStatus()).isEqualTo(403);
        assertThat(customer.getContentAsString(StandardCharsets.UTF_8)).contains("您的角色不能使用此接口");
    }

    @Test
    void theErrorPageOpenedDirectlyIsNotAServerError() throws Exception {
        for (RequestPostProcessor visitor : List.of(anonymous(), TestUsers.user(Roles.CUSTOMER))) {
            MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/error").accept("text/html")
                    .with(visitor)).andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(404);
            assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"error-status\">404<")
                    .contains("页面不存在。");
            MockHttpServletResponse json = mvc.perform(MockMvcRequestBuilders.get("/error")
                    .accept("application/json").with(visitor)).andReturn().getResponse();
            assertThat(json.getStatus()).isEqualTo(404);
        }
    }

    /** The page a form without its token ends on, as the container's error dispatch renders it. */
    @Test
    void theErrorPageExplainsAnExpiredForm() throws Exception {
        MvcResult denied = mvc.perform(request(post("/orders/" + ORDER + "/cancel", Access.CUSTOMER))
                .with(TestUsers.user(Roles.CUSTOMER))).andReturn();
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(PageAccessDenied.HEADING, denied.getRequest().getAttribute(PageAccessDenied.HEADING))
                        .requestAttr(PageAccessDenied.REASON, denied.getRequest().getAttribute(PageAccessDenied.REASON))
                        .accept("text/html").with(TestUsers.user(Roles.CUSTOMER)))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("页面已过期")
                .contains("请刷新页面后重新提交").doesNotContain("您没有权限访问此页面");
    }

    private static void assertCsrfRejected(Route route, MvcResult result) throws Exception {
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).as(route.toString()).isEqualTo(403);
        if (route.api()) {
            assertThat(response.getContentType()).as(route.toString()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(route.toString())
                    .contains("CSRF 令牌缺失或无效").doesNotContain("角色");
        }
        else if (route.access() != Access.WEBAPPS) {
            assertThat(response.getErrorMessage()).as(route.toString()).isNotNull();
            assertThat(result.getRequest().getAttribute(PageAccessDenied.REASON)).as(route.toString())
                    .asString().contains("安全令牌");
        }
    }

    private static RequestPostProcessor noToken() {
        return request -> request;
    }

    private static void assertNotFound(Route route, String role, MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(role + " " + route).isEqualTo(404);
        if (route.api()) {
            assertThat(response.getContentType()).as(role + " " + route).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":404");
        }
        else {
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(role + " " + route)
                    .contains("id=\"error-status\">404<");
        }
    }

    private MockHttpServletResponse perform(Route route, RequestPostProcessor user) throws Exception {
        MockHttpServletRequestBuilder request = request(route).with(user);
        if (route.method() == HttpMethod.POST) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder request(Route route) {
        return MockMvcRequestBuilders.request(route.method(), route.path());
    }

    private static void assertReached(Route route, MockHttpServletResponse response) {
        assertThat(response.getStatus()).as(route.toString()).isNotIn(401, 403);
        assertThat(response.getRedirectedUrl()).as(route.toString()).isNotEqualTo(LOGIN);
    }

    private static Route get(String path, Access access) {
        return new Route(HttpMethod.GET, path, access);
    }

    private static Route post(String path, Access access) {
        return new Route(HttpMethod.POST, path, access);
    }
}
