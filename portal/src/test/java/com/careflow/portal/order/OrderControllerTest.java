package com.careflow.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.OrderPlaced;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** Ordering a service: the form, its validation, placing the order with its process, and who may see it. */
@PortalWebMvcTest
class OrderControllerTest {

    static final DateTimeFormatter DATETIME_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;
    @Autowired
    ServiceItems services;
    @Autowired
    RecordingOrderProcess process;
    @Autowired
    Clock clock;

    @BeforeEach
    void clean() {
        orders.deleteAll();
        process.reset();
    }

    @Test
    void theFormNamesTheServiceAndSuggestsTheUsersName() throws Exception {
        mvc.perform(get("/orders/new").param("service", "escort-beijing-halfday").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"order-form\"")))
                .andExpect(content().string(containsString("半日陪诊（北京）")))
                .andExpect(content().string(containsString("name=\"serviceId\" value=\"escort-beijing-halfday\"")))
                .andExpect(content().string(containsString("id=\"contactName\" name=\"contactName\" value=\"Demo customer\"")))
                .andExpect(content().string(containsString("type=\"datetime-local\"")))
                .andExpect(content().string(containsString("id=\"scheduledAt\" name=\"scheduledAt\"")))
                .andExpect(content().string(containsString("id=\"place-order-button\"")));
    }

    @Test
    void theFormForAnUnknownServiceIsNotFound() throws Exception {
        mvc.perform(get("/orders/new").param("service", "nope").with(TestUsers.user("customer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void placingAnOrderSavesItStartsItsProcessAndShowsIt() throws Exception {
        LocalDateTime when = LocalDateTime.now(clock).plusDays(2).withHour(10).withMinute(0).withSecond(0).withNano(0);
        MvcResult result = mvc.perform(validOrder(when).with(TestUsers.user("customer")))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        List<ServiceOrder> placed = orders.findByCustomerIdOrderByCreatedAtDesc("customer");
        assertThat(placed).hasSize(1);
        ServiceOrder order = placed.get(0);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/orders/" + order.getOrderNumber());
        assertThat(order.getOrderNumber()).matches("ORD\\d{8}\\d{6}");
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.getServiceId()).isEqualTo("escort-beijing-halfday");
        assertThat(order.getAmount()).isEqualByComparingTo("199.00");
        assertThat(order.getCustomerName()).isEqualTo("Demo customer");
        assertThat(order.getCustomerEmail()).isEqualTo("customer@careflow.local");
        assertThat(order.getLocale()).isEqualTo("zh-CN");
        assertThat(order.getContactName()).isEqualTo("李四");
        assertThat(order.getContactPhone()).isEqualTo("13912345678");
        assertThat(order.getScheduledAt()).isEqualTo(when);
        assertThat(order.getNotes()).isEqualTo("协和医院 心内科");
        assertThat(process.started()).containsExactly(
                new OrderPlaced(order.getOrderNumber(), new BigDecimal("199.00"), "customer"));
        assertThat(order.getProcessInstanceKey()).isEqualTo(process.lastKey());

        mvc.perform(get("/orders/" + order.getOrderNumber()).with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"order-number\">" + order.getOrderNumber() + "<")))
                .andExpect(content().string(containsString("data-status=\"PENDING\"")))
                .andExpect(content().string(containsString("id=\"contact-phone\">139****5678<")))
                .andExpect(content().string(not(containsString("13912345678"))))
                .andExpect(content().string(containsString("订单已提交")))
                .andExpect(content().string(containsString("id=\"payment-form\"")))
                .andExpect(content().string(containsString("id=\"pay-button\"")));
    }

    @Test
    void anEnglishSpeakingCustomerGetsEnglishMails() throws Exception {
        mvc.perform(validOrder(LocalDateTime.now(clock).plusDays(1)).cookie(new Cookie("careflow-lang", "en"))
                        .with(TestUsers.user("customer")))
                .andExpect(status().is3xxRedirection());
        assertThat(orders.findByCustomerIdOrderByCreatedAtDesc("customer").get(0).getLocale()).isEqualTo("en");
    }

    @Test
    void invalidInputShowsFieldErrorsAndSavesNothing() throws Exception {
        mvc.perform(post("/orders").with(csrf()).with(TestUsers.user("customer"))
                        .param("serviceId", "escort-beijing-halfday")
                        .param("contactName", "")
                        .param("contactPhone", "12345678901")
                        .param("scheduledAt", format(LocalDateTime.now(clock).minusHours(1)))
                        .param("notes", "x".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "contactName", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "contactPhone", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "scheduledAt", "order.scheduledAt.notFuture"))
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "notes", "Size"))
                .andExpect(content().string(containsString("id=\"contactName-error\"")))
                .andExpect(content().string(containsString("请填写联系人姓名。")))
                .andExpect(content().string(containsString("请输入有效的 11 位中国大陆手机号。")))
                .andExpect(content().string(containsString("预约时间必须晚于当前时间。")))
                .andExpect(content().string(containsString("备注不能超过 500 个字。")));
        assertNothingPlaced();
    }

    @Test
    void fieldErrorsSpeakEnglishToo() throws Exception {
        mvc.perform(post("/orders").with(csrf()).with(TestUsers.user("customer"))
                        .cookie(new Cookie("careflow-lang", "en"))
                        .param("serviceId", "escort-beijing-halfday")
                        .param("contactName", "x".repeat(41))
                        .param("contactPhone", "")
                        .param("scheduledAt", format(LocalDateTime.now(clock).plusDays(91))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The contact name can have at most 40 characters.")))
                .andExpect(content().string(containsString("Please enter a mobile number.")))
                // a blank number is reported once, as missing, not also as malformed
                .andExpect(content().string(not(containsString("Please enter a valid 11-digit"))))
                .andExpect(content().string(containsString("You can book up to 90 days ahead.")));
        assertNothingPlaced();
    }

    @Test
    void aMissingOrMalformedDateIsAFieldError() throws Exception {
        mvc.perform(validOrder(null).param("scheduledAt", "tomorrow").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "scheduledAt", "typeMismatch"))
                .andExpect(content().string(containsString("预约时间格式不正确。")));
        mvc.perform(validOrder(null).param("scheduledAt", "").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "scheduledAt", "NotNull"));
        assertNothingPlaced();
    }

    @Test
    void anUnknownOrInactiveServiceIsAFieldError() throws Exception {
        ServiceItem retired = new ServiceItem("retired-service", ServiceCategory.COURSE,
                "停售课程", "", new BigDecimal("9.90"), 30, "线上", false);
        services.save(retired);
        try {
            for (String serviceId : List.of("no-such-service", "retired-service")) {
                mvc.perform(validOrder(LocalDateTime.now(clock).plusDays(1)).param("serviceId", serviceId)
                                .with(TestUsers.user("customer")))
                        .andExpect(status().isOk())
                        .andExpect(model().attributeHasFieldErrorCode("orderForm", "serviceId", "order.service.unavailable"))
                        .andExpect(content().string(containsString("该服务不存在或已下架")));
            }
        }
        finally {
            services.delete(retired);
        }
        assertNothingPlaced();
    }

    @Test
    void whenTheEngineIsDownTheOrderIsWithdrawnAndTheCustomerToldToRetry() throws Exception {
        process.failWith(new IllegalStateException("io exception: Connection refused: localhost:26500"));
        mvc.perform(validOrder(LocalDateTime.now(clock).plusDays(1)).with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("订单服务暂时不可用，请稍后重试。")));
        assertThat(orders.count()).isZero();
    }

    @Test
    void myOrdersListsOnlyMineNewestFirst() throws Exception {
        TestOrders.pendingOrder(orders, "ORD20250101000001", "customer", Clock.offset(clock, Duration.ofHours(-1)));
        TestOrders.pendingOrder(orders, "ORD20250101000002", "customer", clock);
        TestOrders.pendingOrder(orders, "ORD20250101000003", "someone-else", clock);
        String page = mvc.perform(get("/orders").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("order-row-ORD20250101000001", "order-row-ORD20250101000002", "待支付")
                .doesNotContain("ORD20250101000003");
        assertThat(page.indexOf("order-row-ORD20250101000002"))
                .isLessThan(page.indexOf("order-row-ORD20250101000001"));
    }

    @Test
    void anotherCustomersOrderIsNotFoundButAnAdminMaySeeIt() throws Exception {
        TestOrders.pendingOrder(orders, "ORD20250101000009", "customer", clock);
        mvc.perform(get("/orders/ORD20250101000009").with(TestUsers.user("customer-2", "customer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orders/ORD20250101000404").with(TestUsers.user("customer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orders/ORD20250101000009").with(TestUsers.user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ORD20250101000009")));
    }

    private void assertNothingPlaced() {
        assertThat(orders.count()).isZero();
        assertThat(process.started()).isEmpty();
    }

    private static MockHttpServletRequestBuilder validOrder(LocalDateTime when) {
        MockHttpServletRequestBuilder request = post("/orders").with(csrf())
                .param("serviceId", "escort-beijing-halfday")
                .param("contactName", "李四")
                .param("contactPhone", "13912345678")
                .param("notes", "协和医院 心内科");
        if (when != null) {
            request.param("scheduledAt", format(when));
        }
        return request;
    }

    private static String format(LocalDateTime when) {
        return DATETIME_LOCAL.format(when);
    }
}
