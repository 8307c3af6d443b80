package com.careflow.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Check-in opens 30 minutes before the start; completion is possible from the start on, never before. */
class ServiceTimeRulesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 23, 9, 0);

    @Test
    void checkInBeforeTheWindowOpensIsRefusedAndChangesNothing() {
        ServiceOrder order = confirmed();
        Clock early = at(START.minusMinutes(31));

        assertThat(order.mayCheckIn(early)).isFalse();
        assertThatThrownBy(() -> order.start("p-1", early)).isInstanceOf(TooEarlyException.class)
                .hasMessageContaining("cannot be checked in before 2026-11-23T08:30")
                .satisfies(e -> assertThat(((TooEarlyException) e).allowedFrom()).isEqualTo(START.minusMinutes(30)));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void checkInOpensThirtyMinutesBeforeTheStart() {
        ServiceOrder order = confirmed();
        Clock opening = at(START.minusMinutes(30));

        assertThat(order.mayCheckIn(opening)).isTrue();
        assertThat(order.start("p-1", opening)).isTrue();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.IN_PROGRESS);
    }

    @Test
    void completionBeforeTheStartIsRefusedEvenWhenCheckedIn() {
        ServiceOrder order = confirmed();
        order.start("p-1", at(START.minusMinutes(25)));
        Clock at0837 = at(START.minusMinutes(23));

        assertThat(order.mayComplete(at0837)).isFalse();
        assertThatThrownBy(() -> order.complete("p-1", at0837)).isInstanceOf(TooEarlyException.class)
                .hasMessage("Order ORD20261121000001 cannot be completed before its start at 2026-11-23T09:00");
        assertThat(order.getStatus()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(order.getCompletedAt()).isNull();
    }

    @Test
    void completionFromTheStartOnIsAllowedAndARepeatIsANoOp() {
        ServiceOrder order = confirmed();
        order.start("p-1", at(START.minusMinutes(5)));

        assertThat(order.mayComplete(at(START))).isTrue();
        assertThat(order.complete("p-1", at(START))).isTrue();
        assertThat(order.complete("p-1", at(START.minusHours(1)))).as("a redelivered step").isFalse();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void aNotYetCheckedInOrderCannotBeCompletedWhateverTheTime() {
        ServiceOrder order = confirmed();

        assertThat(order.mayComplete(at(START.plusHours(1)))).isFalse();
        assertThatThrownBy(() -> order.complete("p-1", at(START.plusHours(1))))
                .isInstanceOf(IllegalOrderTransitionException.class).isNotInstanceOf(TooEarlyException.class);
    }

    private static Clock at(LocalDateTime local) {
        return Clock.fixed(local.atZone(ZONE).toInstant(), ZONE);
    }

    private static ServiceOrder confirmed() {
        Clock placed = at(START.minusDays(2));
        ServiceOrder order = ServiceOrder.builder()
                .orderNumber("ORD20261121000001")
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer("customer-1", "王芳", "customer@careflow.local", "zh-CN")
                .contact("王芳", "13800138000")
                .scheduledAt(START)
                .build(placed);
        order.markPaid("pay-1", "payment-worker", placed);
        order.assignProvider("p-1", "李娜", "p-1", placed);
        return order;
    }
}
