package com.careflow.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The order after payment: provider, appointment changes, service, complaint and refund, each recorded once. */
class ServiceOrderLifecycleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-11-21 10:00 in China. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZONE);
    private final LocalDateTime start = LocalDateTime.of(2026, 11, 23, 9, 30);
    /** The appointment's start: the provider may check in and complete. */
    private final Clock served = Clock.fixed(start.atZone(ZONE).toInstant(), ZONE);

    @Test
    void assigningTheSameProviderAgainIsANoOpAndAnotherOneIsRefused() {
        ServiceOrder order = paid();

        assertThat(order.assignProvider("p-1", "李娜", "assign-worker", clock)).isTrue();
        assertThat(order.assignProvider("p-1", "李娜", "assign-worker", clock)).isFalse();
        assertThatThrownBy(() -> order.assignProvider("p-2", "张伟", "assign-worker", clock))
                .isInstanceOf(IllegalOrderTransitionException.class).hasMessageContaining("p-1");

        assertThat(order.getProviderId()).isEqualTo("p-1");
        assertThat(order.getTimeline()).extracting(OrderEvent::status)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.CONFIRMED);
        assertThat(order.getTimeline().get(2).note()).isEqualTo("李娜");
    }

    @Test
    void customerAndProviderAppearByNameOnTheTimelineAndSystemActorsByTheirId() {
        ServiceOrder order = confirmed();
        order.start("p-1", served);
        order.complete("portal", served);

        assertThat(order.getTimeline()).extracting(OrderEvent::actorName)
                .containsExactly("王芳", "payment-worker", "portal", "李娜", "portal");
    }

    @Test
    void providerWhoGrabbedTheOrderIsNamedAsTheOneWhoConfirmedIt() {
        ServiceOrder order = paid();

        order.assignProvider("p-1", "李娜", "p-1", clock);

        assertThat(order.getTimeline()).last().extracting(OrderEvent::actor, OrderEvent::actorName)
                .containsExactly("p-1", "李娜");
    }

    @Test
    void replacingTheProviderMovesTheAppointmentAndIsNotedOnce() {
        ServiceOrder order = confirmed();
        LocalDateTime later = start.plusHours(1);

        assertThat(order.recordNoShow("assign-worker", clock)).isTrue();
        assertThat(order.recordNoShow("assign-worker", clock)).isFalse();
        assertThat(order.replaceProvider("p-2", "张伟", later, "assign-worker", clock)).isTrue();
        assertThat(order.replaceProvider("p-2", "张伟", later, "assign-worker", clock)).isFalse();

        assertThat(order.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.getProviderName()).isEqualTo("张伟");
        assertThat(order.getAppointmentStart()).isEqualTo(later);
        assertThat(order.getTimeline()).extracting(OrderEvent::note).endsWith("no-show", "provider-replaced");
        assertThat(order.getTimeline()).last().extracting(OrderEvent::status).isEqualTo(OrderStatus.CONFIRMED);
        // the new provider can be recorded as a no-show too
        assertThat(order.recordNoShow("assign-worker", clock)).isTrue();
    }

    @Test
    void rescheduleIsRecordedOnceAndOnlyUntilTwoHoursBeforeTheStart() {
        ServiceOrder order = confirmed();
        LocalDateTime next = start.plusDays(1);

        assertThat(order.reschedule(next, "customer-1", clock)).isTrue();
        assertThat(order.reschedule(next, "customer-1", clock)).isFalse();
        assertThat(order.getScheduledAt()).isEqualTo(next);
        assertThat(order.getTimeline()).last().satisfies(e -> {
            assertThat(e.note()).isEqualTo("rescheduled");
            assertThat(e.actorName()).isEqualTo("王芳");
        });

        Clock ninetyMinutesBefore = Clock.fixed(next.minusMinutes(90).atZone(ZONE).toInstant(), ZONE);
        assertThat(order.canReschedule(ninetyMinutesBefore)).isFalse();
        assertThatThrownBy(() -> order.reschedule(next.plusDays(1), "customer-1", ninetyMinutesBefore))
                .isInstanceOf(IllegalOrderTransitionException.class).hasMessageContaining("no longer");
        assertThat(order.getScheduledAt()).isEqualTo(next);
    }

    @Test
    void rescheduleIntoThePastIsRefused() {
        ServiceOrder order = confirmed();

        assertThatThrownBy(() -> order.reschedule(LocalDateTime.now(clock).minusHours(1), "customer-1", clock))
                .isInstanceOf(IllegalOrderTransitionException.class).hasMessageContaining("past");
        assertThat(order.getScheduledAt()).isEqualTo(start);
    }

    @Test
    void serviceRunsConfirmedToCompletedAndCannotBeCancelledOnceStarted() {
        ServiceOrder order = confirmed();

        assertThat(order.start("p-1", served)).isTrue();
        assertThat(order.start("p-1", served)).isFalse();
        assertThatThrownBy(() -> order.cancel(CancelReason.CUSTOMER_CANCELLED, null, "customer-1", clock))
                .isInstanceOf(IllegalOrderTransitionException.class);
        assertThat(order.complete("portal", served)).isTrue();
        assertThat(order.complete("portal", served)).isFalse();
        assertThat(order.getCompletedAt()).isEqualTo(served.instant());
    }

    @Test
    void customerCancellationNamesTheCustomerAndUsesTheCodeAsNote() {
        ServiceOrder order = confirmed();

        assertThat(order.cancel(CancelReason.CUSTOMER_CANCELLED, null, "customer-1", clock)).isTrue();
        assertThat(order.cancel(CancelReason.CUSTOMER_CANCELLED, null, "customer-1", clock)).isFalse();

        assertThat(order.getCancelReasonCode()).isEqualTo(CancelReason.CUSTOMER_CANCELLED);
        assertThat(order.getCancelReason()).isNull();
        assertThat(order.wasPaid()).isTrue();
        assertThat(order.getTimeline()).last().satisfies(e -> {
            assertThat(e.note()).isEqualTo("customer-cancelled");
            assertThat(e.actorName()).isEqualTo("王芳");
        });
    }

    @Test
    void anActorTheOrderDoesNotKnowCanBeNamed() {
        ServiceOrder order = newOrder();

        order.cancel(CancelReason.PAYMENT_TIMEOUT, null, "system", "系统", clock);

        assertThat(order.getTimeline()).last().extracting(OrderEvent::actorName).isEqualTo("系统");
        assertThat(order.wasPaid()).isFalse();
    }

    @Test
    void approvedComplaintLeadsToARefund() {
        ServiceOrder order = completed();

        assertThat(order.canFileComplaint(clock)).isTrue();
        assertThat(order.fileComplaint("  provider was late  ", "customer-1", clock)).isTrue();
        assertThat(order.fileComplaint("again", "customer-1", clock)).isFalse();
        assertThat(order.getComplaint().status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(order.getComplaint().reason()).isEqualTo("provider was late");

        assertThat(order.decideComplaint(true, "admin-1", "赵敏", clock)).isTrue();
        assertThat(order.decideComplaint(true, "admin-1", "赵敏", clock)).isFalse();
        assertThatThrownBy(() -> order.decideComplaint(false, "admin-1", "赵敏", clock))
                .isInstanceOf(IllegalOrderTransitionException.class).hasMessageContaining("APPROVED");

        assertThat(order.refund("re_1", "portal", clock)).isTrue();
        assertThat(order.refund("re_1", "portal", clock)).isFalse();

        assertThat(order.getStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.getRefundId()).isEqualTo("re_1");
        assertThat(order.getComplaint()).extracting(Complaint::decidedBy, Complaint::decidedAt)
                .containsExactly("admin-1", clock.instant());
        assertThat(order.getTimeline()).extracting(OrderEvent::note)
                .endsWith("complaint-filed", "complaint-approved", "refund re_1");
        assertThat(order.getTimeline()).extracting(OrderEvent::actorName).contains("赵敏");
    }

    @Test
    void complaintIsRefusedAfterSevenDaysAndBeforeCompletion() {
        assertThatThrownBy(() -> confirmed().fileComplaint("late", "customer-1", clock))
                .isInstanceOf(IllegalOrderTransitionException.class).hasMessageContaining("CONFIRMED");

        ServiceOrder order = completed();
        Clock eightDaysLater = Clock.offset(served, Duration.ofDays(8));
        assertThat(order.canFileComplaint(eightDaysLater)).isFalse();
        assertThatThrownBy(() -> order.fileComplaint("late", "customer-1", eightDaysLater))
                .isInstanceOf(IllegalOrderTransitionException.class).hasMessageContaining("7 days");
        assertThat(order.getComplaint()).isNull();
    }

    @Test
    void decidingWithoutAComplaintIsRefused() {
        assertThatThrownBy(() -> completed().decideComplaint(false, "admin-1", "赵敏", clock))
                .isInstanceOf(IllegalOrderTransitionException.class).hasMessageContaining("no complaint");
    }

    @Test
    void cancelReasonHeadersAreKebabCaseAndUnknownOnesAreRefused() {
        assertThat(CancelReason.fromHeader("payment-timeout")).isEqualTo(CancelReason.PAYMENT_TIMEOUT);
        assertThat(CancelReason.fromHeader("not-served")).isEqualTo(CancelReason.NOT_SERVED);
        assertThat(CancelReason.SLOT_UNAVAILABLE.header()).isEqualTo("slot-unavailable");
        assertThat(CancelReason.CUSTOMER_CANCELLED.messageKey()).isEqualTo("order.cancelReason.CUSTOMER_CANCELLED");
        assertThatThrownBy(() -> CancelReason.fromHeader("payment_timeout"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payment-timeout");
    }

    private ServiceOrder completed() {
        ServiceOrder order = confirmed();
        order.start("p-1", served);
        order.complete("portal", served);
        return order;
    }

    private ServiceOrder confirmed() {
        ServiceOrder order = paid();
        order.assignProvider("p-1", "李娜", "portal", clock);
        return order;
    }

    private ServiceOrder paid() {
        ServiceOrder order = newOrder();
        order.markPaid("pay-1", "payment-worker", clock);
        return order;
    }

    private ServiceOrder newOrder() {
        return ServiceOrder.builder()
                .orderNumber("ORD20261121000001")
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer("customer-1", "王芳", "customer@careflow.local", "zh-CN")
                .contact("王芳", "13800138000")
                .scheduledAt(start)
                .build(clock);
    }
}
