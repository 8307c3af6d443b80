package com.careflow.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * Paying an order: one attempt in flight at a time; a decline or a gateway outage lets the customer pay again until
 * the deadline, which runs from placement and never moves.
 */
class PaymentAttemptsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant PLACED = Instant.parse("2026-11-21T02:00:00Z");
    private final Clock placed = Clock.fixed(PLACED, ZONE);

    @Test
    void theDeadlineIsThirtyMinutesAfterPlacement() {
        assertThat(newOrder().getPaymentDueAt()).isEqualTo(PLACED.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aSecondPaymentWhileOneIsInFlightIsRefused() {
        ServiceOrder order = newOrder();
        order.submitPayment("0119", after(1));

        assertThatThrownBy(() -> order.submitPayment("4242", after(2)))
                .isInstanceOfSatisfying(PaymentNotAcceptedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentNotAcceptedException.Reason.IN_PROGRESS));
        order.paymentRetrying(1, after(3));
        assertThatThrownBy(() -> order.submitPayment("4242", after(4)))
                .isInstanceOf(PaymentNotAcceptedException.class);
        assertThat(order.getPayment()).extracting(PaymentAttempt::number, PaymentAttempt::cardLast4,
                PaymentAttempt::state).containsExactly(1, "0119", PaymentState.RETRYING);
    }

    @Test
    void afterADeclineTheCustomerPaysAgainWithAnotherCard() {
        ServiceOrder order = newOrder();
        order.submitPayment("0002", after(1));

        assertThat(order.paymentDeclined(1, "发卡行拒绝", after(2))).isTrue();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.getPayment().declineReason()).isEqualTo("发卡行拒绝");
        assertThat(order.isChargeable(1)).isFalse();

        order.submitPayment("4242", after(3));
        assertThat(order.getPayment()).extracting(PaymentAttempt::number, PaymentAttempt::state)
                .containsExactly(2, PaymentState.PROCESSING);
        assertThat(order.isChargeable(2)).isTrue();
        assertThat(order.markPaid("sim_2", "payment-worker", after(4))).isTrue();
        assertThat(order.getPayment().state()).isEqualTo(PaymentState.APPROVED);
        assertThat(order.isChargeable(2)).as("a redelivered charge of the paying attempt").isTrue();
        assertThat(order.isChargeable(1)).isFalse();
    }

    @Test
    void afterAnOutageTheCustomerPaysAgainAndALateAnswerOfTheOldAttemptChangesNothing() {
        ServiceOrder order = newOrder();
        order.submitPayment("0119", after(1));
        order.paymentRetrying(1, after(2));
        assertThat(order.paymentFailed(1, after(5))).isTrue();

        order.submitPayment("4242", after(6));

        assertThat(order.paymentDeclined(1, "late", after(7))).isFalse();
        assertThat(order.paymentFailed(1, after(7))).isFalse();
        assertThat(order.getPayment()).extracting(PaymentAttempt::number, PaymentAttempt::state)
                .containsExactly(2, PaymentState.PROCESSING);
    }

    @Test
    void noPaymentAfterTheDeadlineOrOncePaid() {
        ServiceOrder late = newOrder();
        assertThatThrownBy(() -> late.submitPayment("4242", after(30)))
                .isInstanceOfSatisfying(PaymentNotAcceptedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentNotAcceptedException.Reason.DEADLINE_PASSED));
        assertThat(late.getPayment()).isNull();

        ServiceOrder paid = newOrder();
        paid.submitPayment("4242", after(1));
        paid.markPaid("sim_1", "payment-worker", after(2));
        assertThatThrownBy(() -> paid.submitPayment("4242", after(3)))
                .isInstanceOfSatisfying(PaymentNotAcceptedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentNotAcceptedException.Reason.NOT_PENDING));
    }

    private Clock after(int minutes) {
        return Clock.offset(placed, Duration.ofMinutes(minutes));
    }

    private ServiceOrder newOrder() {
        return ServiceOrder.builder()
                .orderNumber("ORD20261121000002")
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer("customer-1", "王芳", "customer@careflow.local", "zh-CN")
                .contact("王芳", "13800138000")
                .scheduledAt(java.time.LocalDateTime.of(2026, 11, 23, 9, 30))
                .build(placed);
    }
}
