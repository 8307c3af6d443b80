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
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.IncidentState;
import com.careflow.domain.engine.Incidents;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstanceState;
import com.careflow.domain.engine.ProcessInstances;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.operations.RecordingIncidentCommands.Retry;

/** Open incidents from the exporter's records, linked to their order, and their retry through the engine. */
@PortalWebMvcTest
class IncidentControllerTest {

    static final long ORDER_INSTANCE = 2251799813690001L;
    static final long GRAB_INSTANCE = 2251799813690002L;

    @Autowired
    MockMvc mvc;
    @Autowired
    Incidents incidents;
    @Autowired
    ProcessInstances instances;
    @Autowired
    RecordingIncidentCommands engine;
    @Autowired
    Clock clock;

    @BeforeEach
    void data() {
        engine.reset();
        incidents.deleteAll();
        instances.deleteAll();
        Instant now = clock.instant();
        instances.save(new ProcessInstance(ORDER_INSTANCE, "service-order", 2, 1L, -1, ProcessInstanceState.ACTIVE,
                now.minus(Duration.ofHours(1)), null, Map.of("orderNumber", "ORD20250101000901"), 10));
        // the grab-order child: its own variables do not name the order here, its caller does
        instances.save(new ProcessInstance(GRAB_INSTANCE, "grab-order", 1, 2L, ORDER_INSTANCE,
                ProcessInstanceState.ACTIVE, now.minus(Duration.ofMinutes(50)), null, Map.of(), 11));
        incidents.save(new Incident(3001, ORDER_INSTANCE, "service-order", "ChargePayment", 501, 601,
                "JOB_NO_RETRIES", "Payment gateway unreachable: connect timed out", IncidentState.ACTIVE,
                now.minus(Duration.ofMinutes(30)), null, 20));
        incidents.save(new Incident(3002, GRAB_INSTANCE, "grab-order", "OpenOffer", 502, -1,
                "EXTRACT_VALUE_ERROR", "failed to evaluate expression 'city': no variable found", IncidentState.ACTIVE,
                now.minus(Duration.ofMinutes(20)), null, 21));
        incidents.save(new Incident(3003, ORDER_INSTANCE, "service-order", "ConfirmOrder", 503, 603,
                "JOB_NO_RETRIES", "resolved long ago", IncidentState.RESOLVED, now.minus(Duration.ofDays(1)),
                now.minus(Duration.ofHours(20)), 22));
    }

    @Test
    void openIncidentsNewestFirstWithStepNamesAndTheirOrder() throws Exception {
        String page = mvc.perform(get("/operations/incidents").with(TestUsers.user("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"incident-3001\"", "扣款", "作业重试用完", "Payment gateway unreachable",
                        "id=\"incident-3002\"", "发布抢单", "表达式求值错误", "派单")
                .contains("href=\"/orders/ORD20250101000901\"")
                .doesNotContain("incident-3003", "resolved long ago");
        assertThat(page.indexOf("incident-3002")).isLessThan(page.indexOf("incident-3001"));
        assertThat(page).containsPattern("data-incident=\"3002\"[^>]*data-order=\"ORD20250101000901\"");
    }

    @Test
    void retryGivesTheJobThreeRetriesAndResolvesTheIncident() throws Exception {
        mvc.perform(retry(3001))
                .andExpect(redirectedUrl("/operations/incidents"))
                .andExpect(flash().attribute("notice", "operations.incident.retried"));
        mvc.perform(retry(3002)).andExpect(flash().attribute("notice", "operations.incident.retried"));
        assertThat(engine.retries()).containsExactly(new Retry(3001, 601), new Retry(3002, -1));
    }

    @Test
    void anAlreadyResolvedIncidentIsToldAndNotSentAgain() throws Exception {
        mvc.perform(retry(3003)).andExpect(flash().attribute("notice", "operations.incident.alreadyResolved"));
        // resolved in the engine, the exporter has not caught up yet
        engine.gone(3001);
        mvc.perform(retry(3001)).andExpect(flash().attribute("notice", "operations.incident.alreadyResolved"));
        assertThat(engine.retries()).isEmpty();
        mvc.perform(retry(9999)).andExpect(status().isNotFound());
    }

    @Test
    void anUnreachableEngineIsANotice() throws Exception {
        engine.failWith(new IllegalStateException("UNAVAILABLE"));
        mvc.perform(retry(3001)).andExpect(flash().attribute("notice", "operations.incident.unavailable"));
        assertThat(engine.retries()).isEmpty();
    }

    private static MockHttpServletRequestBuilder retry(long key) {
        return post("/operations/incidents/" + key + "/retry").with(csrf()).with(TestUsers.user("admin"));
    }
}
