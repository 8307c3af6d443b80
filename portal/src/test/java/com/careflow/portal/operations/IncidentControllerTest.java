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
                "Payment gateway unreachable: connect timed out", now.minus(Duration.ofMinutes(30)), null));
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

    private static MockHttpServletRequestBuilder retry(String key) {
        return post("/operations/incidents/" + key + "/retry").with(csrf()).with(TestUsers.user("admin"));
    }
}
