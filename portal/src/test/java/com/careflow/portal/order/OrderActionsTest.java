package com.careflow.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.ComplaintStatus;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.order.RecordingOrderProcess.Message;

/** The customer's actions on the order page: cancel, reschedule, complain; each with its rules and messages. */
@PortalWebMvcTest
class OrderActionsTest {

    static final String ORDER = "ORD20250101000300";
    static final int MINUTES = 240;

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;
    @Autowired
    ServiceItems services;
    @Autowired
    ServiceSlots slots;
    @Autowired
    ProviderCalendar calendar;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RecordingOrderProcess process;
    @Autowired
    Clock clock;

    ServiceItem service;
    LocalDateTime nine;
    LocalDateTime one;

    @BeforeEach
    void clean() {
        orders.deleteAll();
        mongo.dropCollection("slot_holds");
        mongo.dropCollection("provider_bookings");
        process.reset();
        service = services.findById(TestOrders.SERVICE_ID).orElseThrow();
        nine = TestOrders.defaultStart(clock);
        one = nine.withHour(13);
    }

    @Test
    void aPaidOrderCanBeCancelledTheProcessDoesTheRest() throws Exception {
        TestOrders.paidOrder(orders, ORDER, "customer", nine, clock);
        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("id=\"cancel-button\"")))
                .andExpect(content().string(containsString("正在为您匹配服务者")))
                .andExpect(content().string(not(containsString("id=\"reschedule-form\""))));

        MvcResult result = mvc.perform(post("/orders/" + ORDER + "/cancel").with(csrf()).with(TestUsers.user("customer")))
                .andExpect(redirectedUrl("/orders/" + ORDER))
                .andExpect(flash().attribute("notice", "order.cancel.requested"))
                .andReturn();
        assertThat(process.messages()).containsExactly(
                new Message("order-cancel-requested", ORDER, Map.of("cancelledBy", "customer")));
        // the order changes when the process cancels it (refund first), not here
        assertThat(orders.findById(ORDER).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")).flashAttrs(result.getFlashMap()))
                .andExpect(content().string(containsString("取消申请已提交")));
    }

    @Test
    void aPendingOrderIsNotCancelledByTheCustomer() throws Exception {
        TestOrders.pendingOrder(orders, ORDER, "customer", clock);
        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(content().string(not(containsString("id=\"cancel-button\""))));
        mvc.perform(post("/orders/" + ORDER + "/cancel").with(csrf()).with(TestUsers.user("customer")))
                .andExpect(flash().attribute("notice", "order.cancel.notAllowed"));
        mvc.perform(post("/orders/" + ORDER + "/cancel").with(csrf()).with(TestUsers.user("customer-2", "customer")))
                .andExpect(status().isNotFound());
        assertThat(process.messages()).isEmpty();
    }

    @Test
    void aConfirmedOrderShowsItsProviderAndMovesToAnotherSlot() throws Exception {
        booked(TestOrders.confirmedOrder(orders, ORDER, "customer", nine, clock));
        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("id=\"order-provider\"")))
                .andExpect(content().string(containsString(">李娜<")))
                .andExpect(content().string(containsString("id=\"reschedule-form\"")))
                .andExpect(content().string(containsString("<input type=\"date\" id=\"reschedule-date\"")))
                .andExpect(content().string(containsString("<select id=\"reschedule-slot\"")))
                .andExpect(content().string(containsString("13:00–17:00 · 剩余 2")))
                .andExpect(content().string(not(containsString("id=\"complaint-form\""))));

        mvc.perform(reschedule(one.toLocalDate().toString(), "13:00"))
                .andExpect(redirectedUrl("/orders/" + ORDER))
                .andExpect(flash().attribute("notice", "order.reschedule.done"));

        ServiceOrder order = orders.findById(ORDER).orElseThrow();
        assertThat(order.getAppointmentStart()).isEqualTo(one);
        assertThat(order.getTimeline().getLast().note()).isEqualTo(ServiceOrder.NOTE_RESCHEDULED);
        assertThat(order.getTimeline().getLast().actorName()).isEqualTo("Demo customer");
        assertThat(slots.isHeld(service.id(), one, ORDER)).isTrue();
        assertThat(slots.isHeld(service.id(), nine, ORDER)).isFalse();
        assertThat(calendar.isFree(TestOrders.PROVIDER_ID, one, MINUTES)).isFalse();
        assertThat(calendar.isFree(TestOrders.PROVIDER_ID, nine, MINUTES)).isTrue();
        assertThat(process.messages()).containsExactly(new Message("appointment-rescheduled", ORDER,
                Map.of("appointmentStart", one.toLocalDate() + "T13:00:00+08:00")));
    }

    @Test
    void aFullSlotIsAFieldErrorAndChangesNothing() throws Exception {
        booked(TestOrders.confirmedOrder(orders, ORDER, "customer", nine, clock));
        slots.hold(service, one, "ORD-OTHER-1");
        slots.hold(service, one, "ORD-OTHER-2");
        mvc.perform(reschedule(one.toLocalDate().toString(), "13:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "slot", "order.slot.full"))
                .andExpect(content().string(containsString("id=\"reschedule-slot-error\"")))
                .andExpect(content().string(containsString("该时段已约满，请选择其他时段")));
        assertUnchanged();
    }

    @Test
    void aSlotTheProviderIsNotFreeForIsAFieldErrorAndIsUndone() throws Exception {
        booked(TestOrders.confirmedOrder(orders, ORDER, "customer", nine, clock));
        calendar.book(TestOrders.PROVIDER_ID, "ORD-OTHER-1", one, MINUTES);
        mvc.perform(reschedule(one.toLocalDate().toString(), "13:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "slot", "order.reschedule.providerBusy"))
                .andExpect(content().string(containsString("您的服务者在该时段没有空")));
        assertUnchanged();
        assertThat(slots.isHeld(service.id(), one, ORDER)).isFalse();
        assertThat(calendar.isFree(TestOrders.PROVIDER_ID, nine, MINUTES)).isFalse();
    }

    @Test
    void lessThanTwoHoursBeforeTheStartItCannotMove() throws Exception {
        LocalDateTime soon = LocalDateTime.now(clock).plusMinutes(90).withSecond(0).withNano(0);
        TestOrders.confirmedOrder(orders, ORDER, "customer", soon, clock);
        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(content().string(not(containsString("id=\"reschedule-form\""))));
        mvc.perform(reschedule(one.toLocalDate().toString(), "13:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "slot", "order.reschedule.tooLate"))
                .andExpect(content().string(containsString("距服务开始已不足 2 小时，不能再改约。")));
        assertThat(orders.findById(ORDER).orElseThrow().getAppointmentStart()).isEqualTo(soon);
        assertThat(process.messages()).isEmpty();
    }

    @Test
    void badRescheduleInputIsFieldErrors() throws Exception {
        booked(TestOrders.confirmedOrder(orders, ORDER, "customer", nine, clock));
        mvc.perform(reschedule("", ""))
                .andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "date", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "slot", "NotBlank"))
                .andExpect(content().string(containsString("请选择新的时段。")));
        mvc.perform(reschedule(one.toLocalDate().toString(), "10:00"))
                .andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "slot", "order.slot.notOnGrid"));
        // a day that has passed is the date's error
        mvc.perform(reschedule(LocalDate.now(clock).minusDays(1).toString(), "09:00"))
                .andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "date", "order.date.past"))
                .andExpect(content().string(containsString("id=\"reschedule-date-error\"")))
                .andExpect(content().string(not(containsString("id=\"reschedule-slot-error\""))));
        mvc.perform(reschedule(nine.toLocalDate().toString(), "09:00"))
                .andExpect(model().attributeHasFieldErrorCode("rescheduleForm", "slot", "order.reschedule.sameSlot"));
        assertUnchanged();
    }

    /** Found by the request fuzz test: the order page of an unpaid order needs its payment form from any action. */
    @Test
    void showingTimesOnAnUnpaidOrderRendersTheOrderPageWithItsPaymentForm() throws Exception {
        TestOrders.pendingOrder(orders, ORDER, "customer", clock);
        mvc.perform(post("/orders/" + ORDER + "/reschedule").param("showSlots", "")
                        .param("date", nine.toLocalDate().toString()).with(csrf()).with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"payment-form\"")));
        assertThat(process.messages()).isEmpty();
    }

    @Test
    void aCompletedOrderTakesOneComplaint() throws Exception {
        TestOrders.completedOrder(orders, ORDER, "customer", clock);
        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("id=\"complaint-form\"")))
                .andExpect(content().string(containsString("id=\"complaint-reason\"")))
                .andExpect(content().string(not(containsString("id=\"cancel-button\""))));

        mvc.perform(complaint("  "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("complaintForm", "reason", "NotBlank"))
                .andExpect(content().string(containsString("请写下投诉原因。")));
        mvc.perform(complaint("x".repeat(1001)))
                .andExpect(model().attributeHasFieldErrorCode("complaintForm", "reason", "Size"));
        assertThat(process.messages()).isEmpty();

        mvc.perform(complaint("陪诊师迟到一小时"))
                .andExpect(redirectedUrl("/orders/" + ORDER))
                .andExpect(flash().attribute("notice", "order.complaint.filed"));
        ServiceOrder order = orders.findById(ORDER).orElseThrow();
        assertThat(order.getComplaint().status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(order.getComplaint().reason()).isEqualTo("陪诊师迟到一小时");
        assertThat(process.messages()).containsExactly(new Message("complaint-filed", ORDER, Map.of()));

        mvc.perform(complaint("again"))
                .andExpect(flash().attribute("notice", "order.complaint.notAllowed"));
        assertThat(process.messages()).hasSize(1);
        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("id=\"complaint-status\"")))
                .andExpect(content().string(containsString("投诉已受理，等待运营处理")))
                .andExpect(content().string(not(containsString("id=\"complaint-form\""))));
    }

    @Test
    void aComplaintWindowClosesAfterSevenDays() throws Exception {
        TestOrders.completedOrder(orders, ORDER, "customer", Clock.offset(clock, Duration.ofDays(-8)));
        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(content().string(not(containsString("id=\"complaint-form\""))));
        mvc.perform(complaint("too late"))
                .andExpect(flash().attribute("notice", "order.complaint.notAllowed"));
        assertThat(orders.findById(ORDER).orElseThrow().getComplaint()).isNull();
        assertThat(process.messages()).isEmpty();
    }

    /** What the process's slot step and the grab did for a confirmed order. */
    private void booked(ServiceOrder order) {
        slots.hold(service, order.getAppointmentStart(), order.getOrderNumber());
        calendar.book(TestOrders.PROVIDER_ID, order.getOrderNumber(), order.getAppointmentStart(), MINUTES);
    }

    private void assertUnchanged() {
        assertThat(orders.findById(ORDER).orElseThrow().getAppointmentStart()).isEqualTo(nine);
        assertThat(slots.isHeld(service.id(), nine, ORDER)).isTrue();
        assertThat(process.messages()).isEmpty();
    }

    private MockHttpServletRequestBuilder reschedule(String date,
            String slot) {
        return post("/orders/" + ORDER + "/reschedule").with(csrf()).with(TestUsers.user("customer"))
                .param("date", date).param("slot", slot);
    }

    private MockHttpServletRequestBuilder complaint(String reason) {
        return post("/orders/" + ORDER + "/complaint").with(csrf()).with(TestUsers.user("customer"))
                .param("reason", reason);
    }
}
