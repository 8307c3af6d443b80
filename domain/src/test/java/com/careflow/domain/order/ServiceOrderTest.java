package com.careflow.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ServiceOrderTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void paidThenConfirmedOrderHasOneTimelineLinePerState() {
        ServiceOrder order = newOrder();

        assertThat(order.markPaid("pay-1", "payment-worker", clock)).isTrue();
        assertThat(order.assignProvider("provider-1", "李娜", "portal", clock)).isTrue();

        assertThat(order.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.getPaymentId()).isEqualTo("pay-1");
        assertThat(order.getProviderName()).isEqualTo("李娜");
        assertThat(order.getTimeline()).extracting(OrderEvent::status)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.CONFIRMED);
        assertThat(order.getTimeline()).extracting(OrderEvent::actor)
                .containsExactly("customer-1", "payment-worker", "portal");
    }

    @Test
    void repeatingAStepIsANoOpBecauseJobsAreDeliveredAtLeastOnce() {
        ServiceOrder order = newOrder();
        order.markPaid("pay-1", "payment-worker", clock);

        assertThat(order.markPaid("pay-1", "payment-worker", clock)).isFalse();
        assertThat(order.getTimeline()).hasSize(2);
    }

    @Test
    void forbiddenMoveIsRefusedWithTheStatesNamed() {
        ServiceOrder order = newOrder();

        assertThatThrownBy(() -> order.assignProvider("provider-1", "李娜", "portal", clock))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessage("Order ORD20261121000001 is PENDING and cannot become CONFIRMED");
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void cancellationKeepsTheReasonAndIsFinal() {
        ServiceOrder order = newOrder();

        order.cancel(CancelReason.PAYMENT_DECLINED, "card declined", "portal", clock);

        assertThat(order.getCancelReason()).isEqualTo("card declined");
        assertThat(order.getCancelReasonCode()).isEqualTo(CancelReason.PAYMENT_DECLINED);
        assertThat(order.getTimeline()).last().extracting(OrderEvent::note).isEqualTo("card declined");
        assertThat(order.getStatus().isFinal()).isTrue();
        assertThatThrownBy(() -> order.markPaid("pay-2", "payment-worker", clock))
                .isInstanceOf(IllegalOrderTransitionException.class);
    }

    @Test
    void phoneIsShownMasked() {
        assertThat(newOrder().getMaskedContactPhone()).isEqualTo("138****8000");
    }

    private ServiceOrder newOrder() {
        return ServiceOrder.builder()
                .orderNumber("ORD20261121000001")
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer("customer-1", "王芳", "customer@careflow.local", "zh-CN")
                .contact("王芳", "13800138000")
                .scheduledAt(LocalDateTime.of(2026, 11, 23, 9, 30))
                .build(clock);
    }
}
