package com.careflow.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.OrderPlaced;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/**
 * Ordering a service: the form with its slots, validation against the slot grid and capacity, placing the order (slot
 * held, process started, both undone when the engine says no), and who may see it.
 */
@PortalWebMvcTest
class OrderControllerTest {

    static final String SERVICE = "escort-beijing-halfday";

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;
    @Autowired
    ServiceItems services;
    @Autowired
    RecordingOrderProcess process;
    @Autowired
    ServiceSlots slots;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    @BeforeEach
    void clean() {
        orders.deleteAll();
        mongo.dropCollection("slot_holds");
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
                .andExpect(content().string(containsString("required id=\"date\" name=\"date\"")))
                .andExpect(content().string(containsString("id=\"slot\" name=\"slot\">")))
                .andExpect(content().string(containsString("data-slots-url=\"/orders/slots?service=escort-beijing-halfday\"")))
                .andExpect(content().string(containsString("id=\"place-order-button\"")));
    }

    @Test
    void theFormOffersTheSlotsOfTheChosenDayWithTheirRemainingPlaces() throws Exception {
        LocalDate day = tomorrow();
        ServiceItem service = services.findById(SERVICE).orElseThrow();
        slots.hold(service, day.atTime(9, 0), "ORD-OTHER-1");
        // the no-script way to another day: the form comes back with that day's slots, nothing placed
        mvc.perform(validOrder(day, "").param("showSlots", "true").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(content().string(containsString("value=\"" + day + "\"")))
                .andExpect(content().string(containsString(">09:00–13:00 · 剩余 1<")))
                .andExpect(content().string(containsString(">13:00–17:00 · 剩余 2<")));
        slots.hold(service, day.atTime(9, 0), "ORD-OTHER-2");
        mvc.perform(validOrder(day, "").param("showSlots", "true").with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("09:00–13:00 · 已约满")))
                .andExpect(content().string(containsString("disabled=\"disabled\"")));
        assertNothingPlaced();
    }

    @Test
    void theSlotsOfADayAreJsonForTheScript() throws Exception {
        LocalDate day = tomorrow();
        slots.hold(services.findById(SERVICE).orElseThrow(), day.atTime(13, 0), "ORD-OTHER-1");
        mvc.perform(get("/orders/slots").param("service", SERVICE).param("date", day.toString())
                        .cookie(new Cookie("careflow-lang", "en")).with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].value").value("09:00"))
                .andExpect(jsonPath("$[0].remaining").value(2))
                .andExpect(jsonPath("$[0].available").value(true))
                .andExpect(jsonPath("$[1].value").value("13:00"))
                .andExpect(jsonPath("$[1].remaining").value(1))
                .andExpect(jsonPath("$[1].label").value("13:00–17:00 · 1 left"));
        // outside the booking horizon there is nothing to pick
        mvc.perform(get("/orders/slots").param("service", SERVICE).param("date", day.plusDays(40).toString())
                        .with(TestUsers.user("customer")))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/orders/slots").param("service", "nope").param("date", day.toString())
                        .with(TestUsers.user("customer")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/orders/slots").param("service", SERVICE).param("date", "tomorrow")
                        .with(TestUsers.user("customer")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void theFormForAnUnknownServiceIsNotFound() throws Exception {
        mvc.perform(get("/orders/new").param("service", "nope").with(TestUsers.user("customer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void placingAnOrderSavesItStartsItsProcessAndShowsIt() throws Exception {
        LocalDateTime when = tomorrow().plusDays(1).atTime(13, 0);
        MvcResult result = mvc.perform(validOrder(when.toLocalDate(), "13:00").with(TestUsers.user("customer")))
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
        assertThat(order.isHealthDataConsent()).as("consent is opt-in").isFalse();
        assertThat(process.started()).containsExactly(new OrderPlaced(order.getOrderNumber(),
                new BigDecimal("199.00"), "customer", SERVICE, "COMPANION_ESCORT", "北京", 240,
                when.toLocalDate() + "T13:00:00+08:00", order.getPaymentDueAt()));
        assertThat(slots.isHeld(SERVICE, when, order.getOrderNumber())).isTrue();
        assertThat(order.getProcessInstanceId()).isEqualTo(process.lastInstanceId());

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

    /** The box on the form lets the order's provider read the customer's health records while it is active. */
    @Test
    void theCustomerMayConsentToShareHealthRecordsWithTheOrdersProvider() throws Exception {
        mvc.perform(get("/orders/new").param("service", SERVICE).with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("name=\"healthDataConsent\"")));
        mvc.perform(validOrder(tomorrow(), "09:00").param("healthDataConsent", "true")
                        .with(TestUsers.user("customer")))
                .andExpect(status().is3xxRedirection());
        assertThat(orders.findByCustomerIdOrderByCreatedAtDesc("customer").get(0).isHealthDataConsent()).isTrue();
    }

    @Test
    void anEnglishSpeakingCustomerGetsEnglishMails() throws Exception {
        mvc.perform(validOrder(tomorrow(), "09:00").cookie(new Cookie("careflow-lang", "en"))
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
                        .param("date", tomorrow().minusDays(2).toString())
                        .param("slot", "09:00")
                        .param("notes", "x".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "contactName", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "contactPhone", "Pattern"))
                // a past day is the date's error, not the time's
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "date", "order.date.past"))
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "notes", "Size"))
                .andExpect(content().string(containsString("id=\"contactName-error\"")))
                .andExpect(content().string(containsString("请填写联系人姓名。")))
                .andExpect(content().string(containsString("请输入有效的 11 位中国大陆手机号。")))
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(not(containsString("id=\"slot-error\""))))
                .andExpect(content().string(containsString("该日期已过，请选择今天或以后的日期。")))
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
                        .param("date", tomorrow().plusDays(30).toString())
                        .param("slot", "09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The contact name can have at most 40 characters.")))
                .andExpect(content().string(containsString("Please enter a mobile number.")))
                // a blank number is reported once, as missing, not also as malformed
                .andExpect(content().string(not(containsString("Please enter a valid 11-digit"))))
                .andExpect(content().string(containsString("You can book up to 30 days ahead; please choose an earlier "
                        + "date.")));
        assertNothingPlaced();
    }

    @Test
    void aDayThatCannotBeBookedIsTheDateFieldsError() throws Exception {
        for (LocalDate day : List.of(tomorrow().minusDays(2), tomorrow().plusDays(30))) {
            MvcResult result = mvc.perform(validOrder(day, "09:00").with(TestUsers.user("customer")))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("orderForm", "date",
                            day.isBefore(tomorrow()) ? "order.date.past" : "order.date.tooFar"))
                    .andReturn();
            assertThat(errors(result).getFieldErrors("slot")).isEmpty();
            String page = result.getResponse().getContentAsString();
            assertThat(page).contains("id=\"date-error\"").containsPattern("<input type=\"date\"[^>]*aria-invalid=\"true\"[^>]*id=\"date\"")
                    .doesNotContain("id=\"slot-error\"");
        }
        assertNothingPlaced();
    }

    @Test
    void aMissingOrMalformedDateOrSlotIsAFieldError() throws Exception {
        mvc.perform(validOrder(null, "9am").param("date", "tomorrow").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "date", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "slot", "Pattern"))
                .andExpect(content().string(containsString("预约日期格式不正确。")));
        mvc.perform(validOrder(null, "").param("date", "").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "date", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "slot", "NotBlank"))
                .andExpect(content().string(containsString("请选择预约时段。")));
        assertNothingPlaced();
    }

    @Test
    void aTimeOffTheServicesGridIsAFieldError() throws Exception {
        mvc.perform(validOrder(tomorrow(), "10:00").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "slot", "order.slot.notOnGrid"))
                .andExpect(content().string(containsString("请从列表中选择一个预约时段。")));
        assertNothingPlaced();
    }

    @Test
    void aFullSlotIsAFieldErrorAndTakesNothing() throws Exception {
        LocalDate day = tomorrow();
        ServiceItem service = services.findById(SERVICE).orElseThrow();
        slots.hold(service, day.atTime(9, 0), "ORD-OTHER-1");
        slots.hold(service, day.atTime(9, 0), "ORD-OTHER-2");
        mvc.perform(validOrder(day, "09:00").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("orderForm", "slot", "order.slot.full"))
                .andExpect(content().string(containsString("该时段已约满，请选择其他时段")));
        assertNothingPlaced();
        assertThat(heldOn(day.atTime(9, 0))).isEqualTo(2);
    }

    @Test
    void anUnknownOrInactiveServiceIsAFieldError() throws Exception {
        ServiceItem retired = new ServiceItem("retired-service", ServiceCategory.COURSE,
                "停售课程", "", new BigDecimal("9.90"), 30, "线上", false);
        services.save(retired);
        try {
            for (String serviceId : List.of("no-such-service", "retired-service")) {
                mvc.perform(validOrder(tomorrow(), "09:00").param("serviceId", serviceId)
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
        mvc.perform(validOrder(tomorrow(), "09:00").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("订单服务暂时不可用，请稍后重试。")));
        assertThat(orders.count()).isZero();
        // the saga's undo: the slot is free again
        assertThat(heldOn(tomorrow().atTime(9, 0))).isZero();
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

    private static BindingResult errors(MvcResult result) {
        return (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "orderForm");
    }

    private LocalDate tomorrow() {
        return LocalDate.now(clock).plusDays(1);
    }

    private int heldOn(LocalDateTime start) {
        return slots.day(services.findById(SERVICE).orElseThrow(), start.toLocalDate()).stream()
                .filter(slot -> slot.start().equals(start)).findFirst().orElseThrow().held();
    }

    private static MockHttpServletRequestBuilder validOrder(LocalDate date, String slot) {
        MockHttpServletRequestBuilder request = post("/orders").with(csrf())
                .param("serviceId", SERVICE)
                .param("contactName", "李四")
                .param("contactPhone", "13912345678")
                .param("slot", slot)
                .param("notes", "协和医院 心内科");
        if (date != null) {
            request.param("date", date.toString());
        }
        return request;
    }
}
