package com.careflow.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.IncidentState;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.operations.FakeIncidents.Retry;

/**
 * Open incidents from the engine (a fake of the port), linked to their order when they belong to an order's
 * instance, and their retry through the engine.
 */
@PortalWebMvcTest
class IncidentControllerTest {

    static final String ORDER_INSTANCE = "pi-order-1";
    static final String GRAB_INSTANCE = "pi-grab-1";
    static final String ORDER = "ORD20250101000901";

    static final String STACK = """
            java.net.SocketTimeoutException: connect timed out
            	at com.careflow.payment.Gateway.charge(Gateway.java:42)
            	at com.careflow.payment.ChargeWorker.handle(ChargeWorker.java:17)""";

    @Autowired
    MockMvc mvc;
    @Autowired
    FakeIncidents engine;
    @Autowired
    Clock clock;

    @BeforeEach
    void data() {
        engine.reset();
        Instant now = clock.instant();
        engine.save(incident("3001", ORDER_INSTANCE, "service-order", "ChargePayment", ORDER, "failedExternalTask",
                "Payment gateway unreachable: connect timed out", now.minus(Duration.ofMinutes(30)), null)
                .withDetails(STACK));
        // the grab-order child carries the order number as business key, inherited from its caller
        engine.save(incident("3002", GRAB_INSTANCE, "grab-order", "OpenOffer", ORDER, "failedJob",
                "Unknown property used in expression: ${city}", now.minus(Duration.ofMinutes(20)), null));
        engine.save(incident("3003", ORDER_INSTANCE, "service-order", "ConfirmOrder", ORDER, "failedExternalTask",
                "resolved long ago", now.minus(Duration.ofDays(1)), now.minus(Duration.ofHours(20))));
        // a content review's business key is the content id: no order to link
        engine.save(incident("3004", "pi-review-1", "content-review", "Prescreen", "CNT20250101000001",
                "failedExternalTask", "AI service down", now.minus(Duration.ofMinutes(40)), null));
    }

    @Test
    void openIncidentsNewestFirstWithStepNamesAndTheirOrder() throws Exception {
        String page = mvc.perform(get("/operations/incidents").with(TestUsers.user("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"incident-3001\"", "扣款", "外部任务重试用完", "Payment gateway unreachable",
                        "id=\"incident-3002\"", "发布抢单", "作业重试用完", "派单")
                .contains("href=\"/orders/ORD20250101000901\"")
                .doesNotContain("incident-3003", "resolved long ago");
        assertThat(page.indexOf("incident-3002")).isLessThan(page.indexOf("incident-3001"));
        assertThat(page).containsPattern("data-incident=\"3002\"[^>]*data-order=\"ORD20250101000901\"")
                .contains("id=\"incident-3004\"").doesNotContain("/orders/CNT20250101000001");
    }

    @Test
    void theCauseIsOneLineAndTheStackIsBehindADetailsToggle() throws Exception {
        // a cause sent with its stack in the message: the page keeps its first line
        engine.save(incident("3005", "pi-review-2", "content-review", "Prescreen", "CNT20250101000002",
                "failedJob", "Unknown property used in expression: ${score}\n\tat org.operaton.Expr.eval(Expr.java:1)",
                clock.instant().minus(Duration.ofMinutes(50)), null));
        String page = mvc.perform(get("/operations/incidents").with(TestUsers.user("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String row = row(page, "3001");
        assertThat(row).containsPattern("<span class=\"incident-message\"[^>]*>Payment gateway unreachable: "
                + "connect timed out</span>");
        assertThat(row).containsPattern("(?s)<details class=\"incident-details\">\\s*<summary>详细信息</summary>"
                + "\\s*<pre class=\"incident-stack\">java.net.SocketTimeoutException: connect timed out\n"
                + "\tat com.careflow.payment.Gateway.charge\\(Gateway.java:42\\)");
        // without details there is no toggle
        assertThat(row(page, "3002")).doesNotContain("<details");
        assertThat(row(page, "3005")).contains(">Unknown property used in expression: ${score}</span>")
                .doesNotContain("Expr.eval");
        // one read per open incident, none for the resolved one
        assertThat(engine.detailsRead()).containsExactlyInAnyOrder("3001", "3002", "3004", "3005");

        String english = mvc.perform(get("/operations/incidents").param("lang", "en")
                .with(TestUsers.user("admin"))).andReturn().getResponse().getContentAsString();
        assertThat(row(english, "3001")).contains("<summary>Details</summary>");
        assertThat(english).contains(">4 open incidents</caption>");
    }

    @Test
    void oneOpenIncidentIsCountedInTheSingular() throws Exception {
        engine.reset();
        engine.save(incident("3001", ORDER_INSTANCE, "service-order", "ChargePayment", ORDER, "failedExternalTask",
                "Payment gateway unreachable", clock.instant(), null));
        assertThat(mvc.perform(get("/operations/incidents").param("lang", "en").with(TestUsers.user("admin")))
                .andReturn().getResponse().getContentAsString()).contains(">1 open incident</caption>");
    }

    @Test
    void detailsThatCannotBeReadLeaveTheCause() throws Exception {
        engine.failDetailsWith(new IllegalStateException("byte array gone"));
        String page = mvc.perform(get("/operations/incidents").with(TestUsers.user("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row(page, "3001")).contains("Payment gateway unreachable").doesNotContain("<details");
    }

    @Test
    void retryGivesTheFailedStepThreeRetries() throws Exception {
        mvc.perform(retry("3001"))
                .andExpect(redirectedUrl("/operations/incidents"))
                .andExpect(flash().attribute("notice", "operations.incident.retried"));
        mvc.perform(retry("3002")).andExpect(flash().attribute("notice", "operations.incident.retried"));
        assertThat(engine.retries()).containsExactly(new Retry("3001", 3), new Retry("3002", 3));
    }

    @Test
    void anAlreadyResolvedIncidentIsToldAndNotSentAgain() throws Exception {
        mvc.perform(retry("3003")).andExpect(flash().attribute("notice", "operations.incident.alreadyResolved"));
        // resolved in the engine since the page was loaded
        engine.gone("3001");
        mvc.perform(retry("3001")).andExpect(flash().attribute("notice", "operations.incident.alreadyResolved"));
        assertThat(engine.retries()).isEmpty();
        mvc.perform(retry("9999")).andExpect(status().isNotFound());
    }

    @Test
    void anUnreachableEngineIsANotice() throws Exception {
        engine.failWith(new IllegalStateException("UNAVAILABLE"));
        mvc.perform(retry("3001")).andExpect(flash().attribute("notice", "operations.incident.unavailable"));
        assertThat(engine.retries()).isEmpty();
    }

    private static Incident incident(String id, String instance, String process, String element,
            String businessKey, String type, String message, Instant created, Instant resolved) {
        return new Incident(id, instance, process, element, businessKey, type, message,
                resolved == null ? IncidentState.ACTIVE : IncidentState.RESOLVED, created, resolved);
    }

    /** The page's row of one incident. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"incident-" + id + "\"");
        assertThat(start).as("row of incident %s", id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static MockHttpServletRequestBuilder retry(String key) {
        return post("/operations/incidents/" + key + "/retry").with(csrf()).with(TestUsers.user("admin"));
    }
}
