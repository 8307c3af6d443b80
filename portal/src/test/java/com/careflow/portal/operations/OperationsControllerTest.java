package com.careflow.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.IncidentState;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.domain.order.ComplaintStatus;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.TestUsers;
import com.careflow.portal.order.RecordingOrderProcess.Message;
import com.careflow.portal.order.TestOrders;
import com.careflow.portal.provider.OfferWebTestBase;
import com.careflow.portal.task.FakeUserTasks;

/**
 * Operations: the overview's counts, offers that need a person, and deciding complaints (approve refunds, reject
 * closes).
 */
class OperationsControllerTest extends OfferWebTestBase {

    @Autowired
    FakeIncidents incidents;
    @Autowired
    FakeUserTasks tasks;

    @Test
    void assignmentsShowEscalatedAndOverdueOffersOnly() throws Exception {
        desk.escalate(open("ORD20250101000501", OfferDesk.DEFAULT_WINDOW));
        open("ORD20250101000502", Duration.ofMinutes(-1));
        open("ORD20250101000503", OfferDesk.DEFAULT_WINDOW);
        open("ORD20250101000504", OfferDesk.DEFAULT_WINDOW);
        desk.grab("ORD20250101000504", TestOrders.PROVIDER_ID);

        String page = mvc.perform(get("/operations/assignments").with(TestUsers.user("admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-order=\"ORD20250101000501\"", "data-status=\"ESCALATED\"", "已升级，自动派单中",
                        "data-order=\"ORD20250101000502\"", "本轮已超时")
                .doesNotContain("ORD20250101000503", "ORD20250101000504");
    }

    @Test
    void anApprovedComplaintIsToldToTheProcessOnce() throws Exception {
        complained("ORD20250101000510");
        mvc.perform(get("/operations/complaints").with(TestUsers.user("admin")))
                .andExpect(content().string(containsString("data-order=\"ORD20250101000510\"")))
                .andExpect(content().string(containsString("陪诊师迟到")))
                .andExpect(content().string(containsString("approve-button")))
                .andExpect(content().string(containsString("reject-button")));

        mvc.perform(decide("ORD20250101000510", true))
                .andExpect(redirectedUrl("/operations/complaints"))
                .andExpect(flash().attribute("notice", "operations.complaint.approved"));
        ServiceOrder order = orders.findById("ORD20250101000510").orElseThrow();
        assertThat(order.getComplaint().status()).isEqualTo(ComplaintStatus.APPROVED);
        assertThat(order.getTimeline().getLast().actorName()).isEqualTo("Demo admin");
        assertThat(process.messages()).containsExactly(
                new Message("complaint-decided", "ORD20250101000510", Map.of("complaintApproved", true)));

        mvc.perform(decide("ORD20250101000510", false))
                .andExpect(flash().attribute("notice", "operations.complaint.alreadyDecided"));
        assertThat(process.messages()).hasSize(1);
        mvc.perform(get("/operations/complaints").with(TestUsers.user("admin")))
                .andExpect(content().string(not(containsString("data-order=\"ORD20250101000510\""))));
    }

    @Test
    void aRejectedComplaintStaysUnrefunded() throws Exception {
        complained("ORD20250101000511");
        mvc.perform(decide("ORD20250101000511", false))
                .andExpect(flash().attribute("notice", "operations.complaint.rejected"));
        assertThat(orders.findById("ORD20250101000511").orElseThrow().getComplaint().status())
                .isEqualTo(ComplaintStatus.REJECTED);
        assertThat(process.messages()).containsExactly(
                new Message("complaint-decided", "ORD20250101000511", Map.of("complaintApproved", false)));
    }

    @Test
    void whenTheEngineIsDownNothingIsDecided() throws Exception {
        complained("ORD20250101000512");
        process.failWith(new IllegalStateException("UNAVAILABLE"));
        mvc.perform(decide("ORD20250101000512", true))
                .andExpect(flash().attribute("notice", "operations.complaint.unavailable"));
        assertThat(orders.findById("ORD20250101000512").orElseThrow().getComplaint().isOpen()).isTrue();
    }

    @Test
    void anOrderWithoutComplaintIsNotFound() throws Exception {
        TestOrders.completedOrder(orders, "ORD20250101000513", "customer", clock);
        mvc.perform(decide("ORD20250101000513", true)).andExpect(status().isNotFound());
        assertThat(process.messages()).isEmpty();
    }

    @Test
    void theOverviewCountsWhatWaitsAndLinksEachCountToItsList() throws Exception {
        incidents.reset();
        tasks.deleteAll();
        Instant now = clock.instant();
        incidents.save(new Incident("4001", "pi-1", "service-order", "ChargePayment", "ORD20250101000520",
                "failedExternalTask", "gateway down", IncidentState.ACTIVE, now, null));
        incidents.save(new Incident("4002", "pi-2", "service-order", "ChargePayment", "ORD20250101000521",
                "failedExternalTask", "gateway down", IncidentState.RESOLVED, now, now));
        desk.escalate(open("ORD20250101000522", OfferDesk.DEFAULT_WINDOW));
        open("ORD20250101000523", Duration.ofMinutes(-1));
        open("ORD20250101000524", OfferDesk.DEFAULT_WINDOW);
        complained("ORD20250101000525");
        tasks.save(task("5001", null, now.minus(Duration.ofHours(1))));
        tasks.save(task("5002", "reviewer", now.plus(Duration.ofHours(1))));
        tasks.save(task("5003", null, null));
        try {
            String page = mvc.perform(get("/operations").with(TestUsers.user("admin")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("运营总览");
            assertThat(count(page, "incidents")).isEqualTo("1");
            assertThat(count(page, "escalated")).isEqualTo("1");
            assertThat(count(page, "unassigned")).isEqualTo("0");
            assertThat(count(page, "assignments")).isEqualTo("2");
            assertThat(count(page, "complaints")).isEqualTo("1");
            assertThat(count(page, "tasksUnassigned")).isEqualTo("2");
            assertThat(count(page, "tasksOverdue")).isEqualTo("1");
            assertThat(count(page, "tasksOpen")).isEqualTo("3");
            assertThat(page).contains("href=\"/operations/incidents\" id=\"count-incidents\"",
                    "href=\"/tasks?view=open&amp;due=overdue\"");

            incidents.failListingWith(new IllegalStateException("UNAVAILABLE"));
            String english = mvc.perform(get("/operations?lang=en").with(TestUsers.user("admin")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(english).contains("Operations overview", "Cannot be counted right now");
            assertThat(count(english, "incidents")).isEqualTo("—");
            assertThat(count(english, "complaints")).isEqualTo("1");
        }
        finally {
            incidents.reset();
            tasks.deleteAll();
        }
    }

    /** The figure shown on the overview's tile {@code key}. */
    private static String count(String page, String key) {
        int start = page.indexOf("id=\"count-" + key + "\"");
        assertThat(start).as("tile %s", key).isNotNegative();
        int value = page.indexOf("class=\"overview-value\">", start) + "class=\"overview-value\">".length();
        return page.substring(value, page.indexOf('<', value));
    }

    private static UserTask task(String id, String assignee, Instant due) {
        return new UserTask(id, "pi-" + id, "content-review", "ReviewContent", "Review", "content-" + id,
                UserTaskState.CREATED, assignee, List.of("reviewer"), due, null, 50, Instant.EPOCH, null, null);
    }

    private String open(String orderNumber, Duration window) {
        desk.open(TestOrders.paidOrder(orders, orderNumber, "customer", TestOrders.defaultStart(clock), clock), window);
        return orderNumber;
    }

    private void complained(String orderNumber) {
        ServiceOrder order = TestOrders.completedOrder(orders, orderNumber, "customer", clock);
        order.fileComplaint("陪诊师迟到一小时", "customer", clock);
        orders.save(order);
    }

    private static MockHttpServletRequestBuilder decide(String orderNumber, boolean approved) {
        return post("/operations/complaints/" + orderNumber + "/decision").with(csrf()).with(TestUsers.user("admin"))
                .param("approved", String.valueOf(approved));
    }
}
