package com.careflow.portal.order;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.order.CancelReason;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** The status endpoint the order page polls; errors are RFC 9457 problem documents. */
@PortalWebMvcTest
class OrderApiControllerTest {

    static final String ORDER = "ORD20250101000200";

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;
    @Autowired
    Clock clock;

    @BeforeEach
    void order() {
        orders.deleteAll();
        ServiceOrder order = TestOrders.pendingOrder(orders, ORDER, "customer", clock);
        order.markPaid("PAY-1", "payment-worker", clock);
        order.assignProvider(TestOrders.PROVIDER_ID, TestOrders.PROVIDER_NAME, "assign-worker", clock);
        orders.save(order);
    }

    @Test
    void ownerGetsStatusAndTimeline() throws Exception {
        mvc.perform(get("/api/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.orderNumber").value(ORDER))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.statusLabel").value("已确认"))
                .andExpect(jsonPath("$.final").value(false))
                .andExpect(jsonPath("$.timeline.length()").value(3))
                .andExpect(jsonPath("$.timeline[0].status").value("PENDING"))
                .andExpect(jsonPath("$.timeline[0].actor").value("Demo customer"))
                .andExpect(jsonPath("$.timeline[0].note").value("订单已提交"))
                .andExpect(jsonPath("$.timeline[1].status").value("PAID"))
                .andExpect(jsonPath("$.timeline[1].actor").value("支付服务"))
                .andExpect(jsonPath("$.timeline[1].note").value("payment PAY-1"))
                .andExpect(jsonPath("$.providerName").value("李娜"))
                .andExpect(jsonPath("$.appointmentStart").value(matchesPattern("\\d{4}-\\d{2}-\\d{2} 09:00")))
                .andExpect(jsonPath("$.timeline[2].statusLabel").value("已确认"))
                .andExpect(jsonPath("$.timeline[2].actor").value("派单服务"))
                .andExpect(jsonPath("$.timeline[2].note").value("李娜"))
                .andExpect(jsonPath("$.timeline[2].at").value(matchesPattern(
                        "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")));
    }

    @Test
    void labelsFollowTheLanguage() throws Exception {
        mvc.perform(get("/api/orders/" + ORDER).with(TestUsers.user("customer"))
                        .cookie(new Cookie("careflow-lang", "en")))
                .andExpect(jsonPath("$.statusLabel").value("Confirmed"))
                .andExpect(jsonPath("$.timeline[0].note").value("Order placed"));
    }

    @Test
    void cancelledIsFinalAndSaysWhyInThePageLanguage() throws Exception {
        ServiceOrder order = orders.findById(ORDER).orElseThrow();
        order.cancel(CancelReason.CUSTOMER_CANCELLED, null, "customer", clock);
        orders.save(order);
        mvc.perform(get("/api/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.final").value(true))
                .andExpect(jsonPath("$.cancelReason").value("您已取消订单，款项全额退回"))
                .andExpect(jsonPath("$.timeline[3].actor").value("Demo customer"))
                .andExpect(jsonPath("$.timeline[3].note").value("客户取消"));
        mvc.perform(get("/api/orders/" + ORDER).with(TestUsers.user("customer")).cookie(new Cookie("careflow-lang", "en")))
                .andExpect(jsonPath("$.cancelReason").value("You cancelled the order; your payment is refunded in full"))
                .andExpect(jsonPath("$.timeline[3].note").value("Cancelled by the customer"));
    }

    @Test
    void aDeclinedPaymentKeepsTheGatewaysReasonAfterTheCode() throws Exception {
        ServiceOrder order = TestOrders.pendingOrder(orders, "ORD20250101000201", "customer", clock);
        order.cancel(CancelReason.PAYMENT_DECLINED, "余额不足", "payment-worker", clock);
        orders.save(order);
        mvc.perform(get("/api/orders/ORD20250101000201").with(TestUsers.user("customer")))
                .andExpect(jsonPath("$.cancelReason").value("支付未成功：余额不足"))
                .andExpect(jsonPath("$.timeline[1].actor").value("支付服务"))
                .andExpect(jsonPath("$.timeline[1].note").value("余额不足"));
    }

    @Test
    void unknownAndForeignOrdersAreProblemDocumentsWith404() throws Exception {
        for (String[] call : new String[][] { { "ORD20250101009999", "customer" }, { ORDER, "customer-2" } }) {
            mvc.perform(get("/api/orders/" + call[0]).with(TestUsers.user(call[1], "customer")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.title").value("Not Found"))
                    .andExpect(jsonPath("$.detail").value("Order " + call[0] + " was not found."))
                    .andExpect(jsonPath("$.instance").value("/api/orders/" + call[0]));
        }
    }

    @Test
    void wrongRoleAndNoSessionAreProblemDocumentsToo() throws Exception {
        mvc.perform(get("/api/orders/" + ORDER).with(TestUsers.user("provider")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/orders/" + ORDER))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.instance").value("/api/orders/" + ORDER));
    }
}
