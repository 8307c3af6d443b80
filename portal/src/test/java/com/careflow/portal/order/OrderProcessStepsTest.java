package com.careflow.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.engine.ElementInstance;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstanceState;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.operations.FakeProcessHistory;

/**
 * The order page's process steps: the order's instance and the instances it called, named in the page language, for
 * staff only; the customer reads the business timeline.
 */
@PortalWebMvcTest
class OrderProcessStepsTest {

    static final String ORDER = "ORD20250101000801";

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;
    @Autowired
    FakeProcessHistory history;
    @Autowired
    Clock clock;

    String root;

    @BeforeEach
    void data() {
        orders.deleteAll();
        history.deleteAll();
        ServiceOrder order = TestOrders.pendingOrder(orders, ORDER, "customer", clock);
        root = order.getProcessInstanceId();
        String child = root + "-grab";
        String other = "another-order-instance";
        Instant start = clock.instant().minus(Duration.ofMinutes(30));
        history.save(new ProcessInstance(root, "service-order", 2, null, ORDER, ProcessInstanceState.ACTIVE, start,
                null));
        history.save(new ProcessInstance(child, "grab-order", 1, root, ORDER, ProcessInstanceState.ACTIVE,
                start.plusSeconds(60), null));
        history.save(new ProcessInstance(other, "service-order", 2, null, "ORD20250101000802",
                ProcessInstanceState.ACTIVE, start, null));
        step("1", root, "service-order", "OrderPlaced", "START_EVENT", start, start);
        step("2", root, "service-order", "ChargePayment", "SERVICE_TASK", start.plusSeconds(10),
                start.plusSeconds(12));
        step("3", root, "service-order", "PaymentApproved", "EXCLUSIVE_GATEWAY", start.plusSeconds(12),
                start.plusSeconds(12));
        step("4", root, "service-order", "AssignProvider", "CALL_ACTIVITY", start.plusSeconds(60), null);
        step("5", child, "grab-order", "OpenOffer", "SERVICE_TASK", start.plusSeconds(61), start.plusSeconds(62));
        step("6", child, "grab-order", "OrderGrabbed", "INTERMEDIATE_CATCH_EVENT", start.plusSeconds(62), null);
        step("7", other, "service-order", "ReserveSlot", "SERVICE_TASK", start, start);
    }

    @Test
    void stepsOfTheOrderAndItsCalledProcessesInOrderWithoutGateways() throws Exception {
        String page = mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"process-steps\"", "流程步骤", "下单", "扣款", "派单", "发布抢单", "已被抢单",
                "进行中", "已完成").doesNotContain("PaymentApproved", "预留时段");
        assertThat(page).containsSubsequence("data-element=\"OrderPlaced\"", "data-element=\"ChargePayment\"",
                "data-element=\"AssignProvider\"", "data-element=\"OpenOffer\"", "data-element=\"OrderGrabbed\"");
        assertThat(page).containsPattern("data-process=\"grab-order\" data-element=\"OrderGrabbed\" data-state=\"ACTIVE\"");
    }

    @Test
    void anElementWithoutABundleEntryShowsItsId() throws Exception {
        step("8", root, "service-order", "SomethingNew", "SERVICE_TASK", clock.instant(), null);
        String page = mvc.perform(get("/orders/" + ORDER + "?lang=en").with(TestUsers.user("admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Process steps", "Charge payment", "Open offer", "SomethingNew");
    }

    @Test
    void theCustomerReadsTheBusinessTimelineAndTheEngineIsNotAskedForSteps() throws Exception {
        String page = mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"timeline\"", "订单进度", "订单已提交")
                .doesNotContain("process-steps", "流程步骤", "data-element=", "扣款");
        assertThat(history.stepsRead()).isEmpty();
        String english = mvc.perform(get("/orders/" + ORDER + "?lang=en").with(TestUsers.user("customer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).doesNotContain("Process steps", "process-steps");
    }

    private void step(String id, String instance, String process, String elementId, String type, Instant started,
            Instant ended) {
        history.save(new ElementInstance(id, instance, process, elementId, null, type,
                ended == null ? ProcessInstanceState.ACTIVE : ProcessInstanceState.COMPLETED, started, ended));
    }
}
