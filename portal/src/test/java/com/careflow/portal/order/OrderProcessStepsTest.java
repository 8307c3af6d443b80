package com.careflow.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.engine.ElementInstance;
import com.careflow.domain.engine.ElementInstances;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstanceState;
import com.careflow.domain.engine.ProcessInstances;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** The order page's process steps: the order's instance and the instances it called, named in the page language. */
@PortalWebMvcTest
class OrderProcessStepsTest {

    static final String ORDER = "ORD20250101000801";

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;
    @Autowired
    ProcessInstances instances;
    @Autowired
    ElementInstances elements;
    @Autowired
    Clock clock;

    long root;

    @BeforeEach
    void data() {
        orders.deleteAll();
        instances.deleteAll();
        elements.deleteAll();
        ServiceOrder order = TestOrders.pendingOrder(orders, ORDER, "customer", clock);
        root = order.getProcessInstanceKey();
        long child = root + 500;
        Instant start = clock.instant().minus(Duration.ofMinutes(30));
        instances.save(new ProcessInstance(root, "service-order", 2, 1L, -1, ProcessInstanceState.ACTIVE, start, null,
                Map.of("orderNumber", ORDER), 1));
        instances.save(new ProcessInstance(child, "grab-order", 1, 2L, root, ProcessInstanceState.ACTIVE,
                start.plusSeconds(60), null, Map.of("orderNumber", ORDER), 2));
        instances.save(new ProcessInstance(root + 900, "service-order", 2, 1L, -1, ProcessInstanceState.ACTIVE, start,
                null, Map.of("orderNumber", "ORD20250101000802"), 3));
        step(root + 1, root, "service-order", "OrderPlaced", "START_EVENT", start, start);
        step(root + 2, root, "service-order", "ChargePayment", "SERVICE_TASK", start.plusSeconds(10),
                start.plusSeconds(12));
        step(root + 3, root, "service-order", "PaymentApproved", "EXCLUSIVE_GATEWAY", start.plusSeconds(12),
                start.plusSeconds(12));
        step(root + 4, root, "service-order", "AssignProvider", "CALL_ACTIVITY", start.plusSeconds(60), null);
        step(child + 1, child, "grab-order", "OpenOffer", "SERVICE_TASK", start.plusSeconds(61), start.plusSeconds(62));
        step(child + 2, child, "grab-order", "OrderGrabbed", "INTERMEDIATE_CATCH_EVENT", start.plusSeconds(62), null);
        step(root + 901, root + 900, "service-order", "ReserveSlot", "SERVICE_TASK", start, start);
    }

    @Test
    void stepsOfTheOrderAndItsCalledProcessesInOrderWithoutGateways() throws Exception {
        String page = mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"process-steps\"", "流程步骤", "下单", "扣款", "派单", "发布抢单", "已被抢单",
                "进行中", "已完成").doesNotContain("PaymentApproved", "预留时段");
        assertThat(page).containsSubsequence("data-element=\"OrderPlaced\"", "data-element=\"ChargePayment\"",
                "data-element=\"AssignProvider\"", "data-element=\"OpenOffer\"", "data-element=\"OrderGrabbed\"");
        assertThat(page).containsPattern("data-process=\"grab-order\" data-element=\"OrderGrabbed\" data-state=\"ACTIVE\"");
    }

    @Test
    void anElementWithoutABundleEntryShowsItsId() throws Exception {
        step(root + 5, root, "service-order", "SomethingNew", "SERVICE_TASK", clock.instant(), null);
        String page = mvc.perform(get("/orders/" + ORDER + "?lang=en").with(TestUsers.user("customer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Process steps", "Charge payment", "Open offer", "SomethingNew");
    }

    private void step(long key, long instance, String process, String elementId, String type, Instant started,
            Instant ended) {
        elements.save(new ElementInstance(key, instance, process, elementId, null, type,
                ended == null ? ProcessInstanceState.ACTIVE : ProcessInstanceState.COMPLETED, started, ended, key));
    }
}
