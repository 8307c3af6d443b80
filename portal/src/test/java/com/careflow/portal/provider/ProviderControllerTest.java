package com.careflow.portal.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.TestUsers;
import com.careflow.portal.order.RecordingOrderProcess.Message;
import com.careflow.portal.order.TestOrders;

/**
 * The provider area: open offers (page and JSON), grabbing (exactly one winner, everyone else a localized 409),
 * and the assigned orders with check-in and completion.
 */
class ProviderControllerTest extends OfferWebTestBase {

    static final String ORDER = "ORD20250101000400";
    /** Certified for 北京 escorts at BASIC level: not eligible in the first round. */
    static final String OTHER_PROVIDER = "prov-zhou-min";

    @Test
    void theOffersPageListsWhatTheSignedInProviderCanGrab() throws Exception {
        openOffer();
        mvc.perform(get("/provider/offers").with(lina()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-order=\"" + ORDER + "\"")))
                .andExpect(content().string(containsString("grab-button")))
                .andExpect(content().string(containsString("半日陪诊（北京）")))
                .andExpect(content().string(containsString("id=\"grab-result\"")))
                .andExpect(content().string(containsString("data-offers-url=\"/api/provider/offers\"")));
        mvc.perform(get("/provider/offers").with(TestUsers.user(OTHER_PROVIDER, "provider")))
                .andExpect(content().string(not(containsString("data-order=\"" + ORDER + "\""))))
                .andExpect(content().string(containsString("暂时没有可抢的订单")));
        mvc.perform(get("/api/provider/offers").with(lina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].orderNumber").value(ORDER))
                .andExpect(jsonPath("$[0].category").value("陪诊服务"))
                .andExpect(jsonPath("$[0].city").value("北京"))
                .andExpect(jsonPath("$[0].amount").value("¥199.00"))
                .andExpect(jsonPath("$[0].round").value(1));
    }

    @Test
    void theFirstGrabWinsAndEveryOtherIsALocalizedConflict() throws Exception {
        openOffer();
        mvc.perform(grab(TestUsers.user(OTHER_PROVIDER, "provider")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.outcome").value("NOT_ELIGIBLE"));

        mvc.perform(grab(lina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("WON"))
                .andExpect(jsonPath("$.message").value("抢单成功！订单已分配给您。"));
        assertThat(offers.findById(ORDER).orElseThrow().getWinnerId()).isEqualTo(TestOrders.PROVIDER_ID);
        assertThat(process.messages()).containsExactly(
                new Message("order-grabbed", ORDER, Map.of("providerId", TestOrders.PROVIDER_ID)));

        mvc.perform(grab(TestUsers.user(OTHER_PROVIDER, "provider")))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.title").value("Already taken"))
                .andExpect(jsonPath("$.detail").value("已被其他服务者抢走"))
                .andExpect(jsonPath("$.outcome").value("ALREADY_TAKEN"))
                .andExpect(jsonPath("$.instance").value("/api/provider/offers/" + ORDER + "/grab"));
        mvc.perform(grab(TestUsers.user(OTHER_PROVIDER, "provider")).cookie(new Cookie("careflow-lang", "en")))
                .andExpect(jsonPath("$.detail").value("This order was already taken"));
        assertThat(offers.findById(ORDER).orElseThrow().getWinnerId()).isEqualTo(TestOrders.PROVIDER_ID);
        assertThat(process.messages()).hasSize(1);
    }

    @Test
    void anUnknownOfferIsNotOpen() throws Exception {
        mvc.perform(post("/api/provider/offers/ORD20250101999999/grab").with(csrf()).with(lina()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.outcome").value("NOT_OPEN"))
                .andExpect(jsonPath("$.detail").value("该订单已不再开放抢单。"));
        assertThat(process.messages()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheGrabFormPostsToThePage() throws Exception {
        openOffer();
        mvc.perform(post("/provider/offers/" + ORDER + "/grab").with(csrf()).with(lina()))
                .andExpect(redirectedUrl("/provider/offers"))
                .andExpect(flash().attribute("grabOutcome", "WON"));
        assertThat(process.messages()).hasSize(1);
    }

    @Test
    void anAssignedOrderIsCheckedInFromHalfAnHourBeforeAndThenCompleted() throws Exception {
        LocalDateTime soon = LocalDateTime.now(clock).plusMinutes(20).withSecond(0).withNano(0);
        TestOrders.confirmedOrder(orders, ORDER, "customer", soon, clock);
        TestOrders.confirmedOrder(orders, "ORD20250101000401", "customer", TestOrders.defaultStart(clock), clock);
        mvc.perform(get("/provider/orders").with(lina()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-order=\"" + ORDER + "\"")))
                .andExpect(content().string(containsString("check-in-button")))
                .andExpect(content().string(containsString("服务开始前 30 分钟起可签到")));
        mvc.perform(get("/api/provider/orders").with(lina()))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].orderNumber").value(ORDER))
                .andExpect(jsonPath("$[0].status").value("CONFIRMED"));

        mvc.perform(post("/provider/orders/ORD20250101000401/check-in").with(csrf()).with(lina()))
                .andExpect(flash().attribute("notice", "provider.checkIn.tooEarly"));
        assertThat(process.messages()).isEmpty();

        mvc.perform(post("/provider/orders/" + ORDER + "/check-in").with(csrf()).with(lina()))
                .andExpect(redirectedUrl("/provider/orders"))
                .andExpect(flash().attribute("notice", "provider.checkIn.done"));
        assertThat(process.messages()).containsExactly(
                new Message("provider-checked-in", ORDER, Map.of("checkedIn", true)));

        mvc.perform(post("/provider/orders/" + ORDER + "/complete").with(csrf()).with(lina()))
                .andExpect(flash().attribute("notice", "provider.complete.notInProgress"));
        ServiceOrder order = orders.findById(ORDER).orElseThrow();
        order.start("portal", clock);
        orders.save(order);
        mvc.perform(get("/provider/orders").with(lina()))
                .andExpect(content().string(containsString("complete-button")));
        // checked in 20 minutes early: completing before the start is refused and nothing is sent
        mvc.perform(post("/provider/orders/" + ORDER + "/complete").with(csrf()).with(lina()))
                .andExpect(flash().attribute("notice", "provider.complete.tooEarly"));
        assertThat(process.messages()).hasSize(1);

        String started = "ORD20250101000402";
        ServiceOrder underWay = TestOrders.confirmedOrder(orders, started, "customer",
                LocalDateTime.now(clock).minusMinutes(5), clock);
        underWay.start("portal", clock);
        orders.save(underWay);
        mvc.perform(post("/provider/orders/" + started + "/complete").with(csrf()).with(lina()))
                .andExpect(flash().attribute("notice", "provider.complete.done"));
        assertThat(process.messages()).last().isEqualTo(new Message("service-completed", started, Map.of()));
    }

    @Test
    void anEarlyCompletionSaysWhyInBothLanguages() throws Exception {
        mvc.perform(get("/provider/orders").with(lina()).flashAttr("notice", "provider.complete.tooEarly"))
                .andExpect(content().string(containsString("还不能标记完成：预约开始时间之后才可以完成服务。")));
        mvc.perform(get("/provider/orders").with(lina()).param("lang", "en")
                        .flashAttr("notice", "provider.complete.tooEarly"))
                .andExpect(content().string(containsString(
                        "Too early: the service can be marked completed once the appointment has started.")));
    }

    @Test
    void anotherProvidersOrderIsNotFound() throws Exception {
        TestOrders.confirmedOrder(orders, ORDER, "customer", LocalDateTime.now(clock).plusMinutes(10), clock);
        mvc.perform(post("/provider/orders/" + ORDER + "/check-in").with(csrf())
                        .with(TestUsers.user(OTHER_PROVIDER, "provider")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/provider/orders").with(TestUsers.user(OTHER_PROVIDER, "provider")))
                .andExpect(content().string(not(containsString(ORDER))));
        assertThat(process.messages()).isEmpty();
    }

    private void openOffer() {
        desk.open(TestOrders.paidOrder(orders, ORDER, "customer", TestOrders.defaultStart(clock), clock));
    }

    private static MockHttpServletRequestBuilder grab(RequestPostProcessor user) {
        return post("/api/provider/offers/" + ORDER + "/grab").with(csrf()).with(user);
    }

    /** The demo provider 李娜 as Keycloak signs her in. */
    private static RequestPostProcessor lina() {
        return TestUsers.user(TestOrders.PROVIDER_ID, "provider");
    }
}
