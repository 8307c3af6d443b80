package com.careflow.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.Notifications;
import com.careflow.domain.order.Orders;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.order.RecordingOrderProcess;
import com.careflow.portal.order.TestOrders;
import com.careflow.portal.search.RecordingReindexing;

/**
 * Every route of the portal against every kind of visitor. The rules live in {@link SecurityConfig}; this is the
 * table a reviewer reads to see who gets what. "Allowed" means the request reached the application: neither
 * 401/403 nor a redirect to the login.
 */
@PortalWebMvcTest
class SecurityMatrixTest {

    static final String ORDER = "ORD20250101999001";
    static final String NOTIFICATION = "matrix-notification";
    static final String CONTENT = "matrix-content";
    static final String DOCUMENT = "matrix-document";
    static final String TASK = "2251799813999001";
    static final String LOGIN = "http://localhost/oauth2/authorization/keycloak";

    /** Who may use a route. */
    enum Access {
        PUBLIC, CUSTOMER, PROVIDER, ADMIN, SIGNED_IN, NOBODY,
        /** customers and providers: content authors, certification applicants */
        AUTHOR,
        /** task inboxes: reviewers and finance */
        INBOX,
        /** certification documents: applicants and the reviewers deciding */
        DOCUMENTS,
        /** Operaton's Cockpit, Tasklist and Admin: operations and analysts */
        WEBAPPS
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
            get("/operaton/app/cockpit/default/", Access.WEBAPPS),
            get("/operaton/app/tasklist/default/", Access.WEBAPPS),
            get("/operaton/api/engine/engine/default/process-definition", Access.WEBAPPS),
            post("/operaton/api/engine/engine/default/process-instance", Access.WEBAPPS),
            // the engine's REST API takes workers' bearer tokens only (its own chain, EngineRestSecurityTest in
            // careflow-engine); nobody gets there with a portal session
            get("/engine-rest/process-definition", Access.NOBODY),
            post("/engine-rest/message", Access.NOBODY),
            // not listed anywhere: denied to everyone
            get("/admin", Access.NOBODY),
            post("/catalog", Access.NOBODY),
            get("/api/services", Access.NOBODY),
            post("/search", Access.NOBODY),
            post("/api/search", Access.NOBODY),
            get("/actuator/env", Access.NOBODY));

    static final List<String> ROLES = List.of(Roles.CUSTOMER, Roles.PROVIDER, Roles.REVIEWER, Roles.ANALYST,
            Roles.FINANCE, Roles.ADMIN);

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

    @BeforeEach
    void data() {
        process.reset();
        reindexing.reset();
        orders.deleteById(ORDER);
        TestOrders.pendingOrder(orders, ORDER, Roles.CUSTOMER, clock);
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
            case INBOX -> List.of(Roles.REVIEWER, Roles.FINANCE, Roles.ADMIN).contains(role);
            case DOCUMENTS -> List.of(Roles.CUSTOMER, Roles.PROVIDER, Roles.REVIEWER, Roles.ADMIN).contains(role);
            case WEBAPPS -> List.of(Roles.ANALYST, Roles.ADMIN).contains(role);
            case NOBODY -> false;
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
            if (route.method() != HttpMethod.POST || route.access() == Access.NOBODY) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(request(route).with(TestUsers.user(Roles.CUSTOMER)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(route.toString()).isEqualTo(403);
        }
        assertThat(notifications.findById(NOTIFICATION).orElseThrow().getReadAt()).isNull();
        assertThat(process.started()).isEmpty();
        assertThat(process.payments()).isEmpty();
        assertThat(process.messages()).isEmpty();
        assertThat(reindexing.starts()).isEmpty();
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
