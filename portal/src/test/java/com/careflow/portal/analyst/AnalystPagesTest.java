package com.careflow.portal.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.engine.ElementTraffic;
import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.IncidentState;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.security.Roles;

/**
 * The analyst workspace's pages over the engine's ports (in-memory stand-ins) and the real code-base facts: the
 * model list, a version's diagram page, its XML, its overlay data, the history and the diff page.
 */
@PortalWebMvcTest
class AnalystPagesTest {

    static final String ORDER = "ORD20300101000001";

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryProcessModels models;
    @Autowired
    RecordedProcessActivity activity;
    @Autowired
    Clock clock;

    String serviceOrderXml;
    String v2;

    @BeforeEach
    void deployed() throws IOException {
        models.reset();
        activity.reset();
        serviceOrderXml = read("/processes/service-order.bpmn");
        models.deploy("service-order.bpmn", serviceOrderXml, null);
        v2 = models.deploy("service-order.bpmn", serviceOrderXml.replace(">P7D<", ">P10D<"), "analyst").getFirst()
                .definitionId();
        models.deploy("commission.dmn", read("/processes/commission.dmn"), null);
    }

    @Test
    void theListShowsEveryProcessAndDecisionWithItsVersionsNewestFirst() throws Exception {
        String page = mvc.perform(get("/analyst").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"model-service-order\"", "id=\"model-commission\"",
                "href=\"/analyst/models/service-order/2\"", "href=\"/analyst/models/commission/1\"");
        assertThat(page.indexOf("id=\"version-service-order-2\"")).isPositive()
                .isLessThan(page.indexOf("id=\"version-service-order-1\""));
        assertThat(page.indexOf("id=\"analyst-processes\"")).isLessThan(page.indexOf("id=\"model-service-order\""));
        assertThat(page.indexOf("id=\"analyst-decisions\"")).isLessThan(page.indexOf("id=\"model-commission\""));
        assertThat(page).contains("id=\"nav-analyst-models\"");
    }

    @Test
    void theDiagramPageLoadsTheViewerAndNamesItsDataAndHistory() throws Exception {
        mvc.perform(get("/analyst/models/service-order/2").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/vendor/bpmn-js/bpmn-navigated-viewer.js")))
                .andExpect(content().string(containsString("/vendor/careflow/analyst-diagram.js")))
                .andExpect(content().string(containsString("data-xml-url=\"/analyst/models/service-order/2/xml\"")))
                .andExpect(content().string(containsString(
                        "data-activity-url=\"/api/analyst/models/service-order/2/activity?period=DAY\"")))
                .andExpect(content().string(containsString("id=\"history-v1\"")))
                .andExpect(content().string(containsString("id=\"history-v2\"")))
                .andExpect(content().string(containsString("id=\"diff-form\"")));
        mvc.perform(get("/analyst/models/commission/1").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/vendor/dmn-js/dmn-navigated-viewer.js")))
                .andExpect(content().string(not(containsString("bpmn-navigated-viewer.js"))))
                .andExpect(content().string(not(containsString("id=\"diff-form\""))));
    }

    @Test
    void theXmlIsExactlyTheDeployedVersion() throws Exception {
        String xml = mvc.perform(get("/analyst/models/service-order/2/xml").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(xml).isEqualTo(serviceOrderXml.replace(">P7D<", ">P10D<"));
    }

    @Test
    void theOverlayHasTheEnginesCountsAndTheCodeBasesFacts() throws Exception {
        activity.waiting(v2, Map.of("AwaitPayment", 2L));
        activity.traffic(v2, Map.of("ConfirmOrder", new ElementTraffic(5, 4, Duration.ofMillis(1500)),
                "OrderPlaced", new ElementTraffic(7, 7, Duration.ZERO)));
        activity.incidents(v2, List.of(new Incident("inc-1", "pi-1", "service-order", "ConfirmOrder", ORDER,
                "failedExternalTask", "Order store down", IncidentState.ACTIVE, clock.instant(), null)));

        Instant asked = clock.instant();
        mvc.perform(get("/api/analyst/models/service-order/2/activity?period=WEEK")
                        .with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("WEEK"))
                .andExpect(jsonPath("$.maxEntered").value(7))
                .andExpect(jsonPath("$.coverageRecorded").value(true))
                .andExpect(jsonPath("$.elements.AwaitPayment.waiting").value(2))
                .andExpect(jsonPath("$.elements.ConfirmOrder.entered").value(5))
                .andExpect(jsonPath("$.elements.ConfirmOrder.averageSeconds").value(1.5))
                // the topic from the deployed XML, the module from the portal's own @TopicWorker index
                .andExpect(jsonPath("$.elements.ConfirmOrder.topic").value("order.confirm"))
                .andExpect(jsonPath("$.elements.ConfirmOrder.module").value("portal"))
                .andExpect(jsonPath("$.elements.ConfirmOrder.scenarios[0]")
                        .value("features/service-order.feature: Customer pays"))
                .andExpect(jsonPath("$.elements.ConfirmOrder.incidents[0].businessKey").value(ORDER))
                // analysts reach the instance in Cockpit; operations' pages are not theirs
                .andExpect(jsonPath("$.elements.ConfirmOrder.incidents[0].links.length()").value(1))
                .andExpect(jsonPath("$.elements.ConfirmOrder.incidents[0].links[0].href")
                        .value("/operaton/app/cockpit/default/#/process-instance/pi-1/runtime"))
                // no worker module in this slice serves payment.charge: the topic shows, the module does not
                .andExpect(jsonPath("$.elements.ChargePayment.topic").value("payment.charge"))
                .andExpect(jsonPath("$.elements.ChargePayment.module").doesNotExist());
        Instant[] week = activity.periods().getLast();
        assertThat(Duration.between(week[0], week[1])).isEqualTo(Duration.ofDays(7));
        assertThat(week[1]).isBetween(asked, clock.instant());

        mvc.perform(get("/api/analyst/models/service-order/2/activity").with(TestUsers.user(Roles.ADMIN)))
                .andExpect(jsonPath("$.period").value("DAY"))
                .andExpect(jsonPath("$.elements.ConfirmOrder.incidents[0].links[*].href").value(
                        org.hamcrest.Matchers.contains("/orders/" + ORDER, "/operations/incidents#incident-inc-1",
                                "/operaton/app/cockpit/default/#/process-instance/pi-1/runtime")));
    }

    @Test
    void aDecisionHasNoOverlayCounts() throws Exception {
        mvc.perform(get("/api/analyst/models/commission/1/activity").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.elements").isEmpty());
        assertThat(activity.periods()).isEmpty();
    }

    @Test
    void anUnknownVersionIsNotFoundAndAnUnknownPeriodABadRequest() throws Exception {
        mvc.perform(get("/analyst/models/service-order/9").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/analyst/models/no-such-model/1/xml").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/analyst/models/service-order/9/activity").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No version 9 of 'service-order' is deployed."));
        mvc.perform(get("/api/analyst/models/service-order/2/activity?period=YEAR")
                        .with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(activity.periods()).isEmpty();
    }

    @Test
    void theHistorySaysWhoDeployedEachVersionAndTheDiffPageLoadsBoth() throws Exception {
        mvc.perform(get("/analyst/models/service-order/1?lang=en").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(content().string(containsString("<td class=\"history-by\">analyst</td>")))
                .andExpect(content().string(containsString(
                        "<td class=\"history-by\">deployed by the platform at start</td>")));

        mvc.perform(get("/analyst/models/service-order/diff?from=1&to=2").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-xml-url=\"/analyst/models/service-order/1/xml\"")))
                .andExpect(content().string(containsString("data-xml-url=\"/analyst/models/service-order/2/xml\"")))
                .andExpect(content().string(containsString("id=\"diff-list\"")));
        mvc.perform(get("/analyst/models/service-order/diff?from=1&to=7").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/analyst/models/service-order/diff?from=1").with(TestUsers.user(Roles.ANALYST)))
                .andExpect(status().isBadRequest());
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AnalystPagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
