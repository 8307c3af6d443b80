package com.careflow.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.appointment.DomainMongoTest;

/**
 * The orders' one writer against the domain's real repositories: changes that race on the same order are all
 * applied (the loser reloads and applies its change to the fresh copy), a change that is already done saves nothing.
 */
@DomainMongoTest
class OrderChangesTest {

    private static final String ORDER = "ORD20261202009001";

    private final Clock clock = Clock.systemUTC();

    @Autowired
    OrderChanges changes;
    @Autowired
    Orders orders;

    @BeforeEach
    void placeOrder() {
        orders.deleteAll();
        changes.place(ServiceOrder.builder()
                .orderNumber(ORDER)
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer("customer-1", "王芳", "customer@careflow.local", "zh-CN")
                .contact("王芳", "13800138000")
                .scheduledAt(LocalDateTime.now().plusDays(2).withHour(9).withMinute(0).withSecond(0).withNano(0))
                .build(clock));
    }

    @Test
    void racingWritersAreAllApplied() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        CountDownLatch bothLoaded = new CountDownLatch(2);
        // each writer holds its loaded copy until the other has loaded too, so one of the saves must lose the race
        CompletableFuture<ServiceOrder> payment = CompletableFuture.supplyAsync(() -> changes.change(ORDER, order -> {
            awaitOther(bothLoaded);
            return order.markPaid("pay-1", "payment-worker", clock);
        }), writers);
        CompletableFuture<ServiceOrder> process = CompletableFuture.supplyAsync(() -> changes.change(ORDER, order -> {
            awaitOther(bothLoaded);
            order.attachProcess("instance-1");
            return true;
        }), writers);
        CompletableFuture.allOf(payment, process).get(30, TimeUnit.SECONDS);
        writers.shutdown();

        ServiceOrder saved = orders.findById(ORDER).orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(saved.getProcessInstanceId()).isEqualTo("instance-1");
        assertThat(saved.getTimeline()).extracting(OrderEvent::status)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID);
    }

    @Test
    void aChangeAlreadyMadeSavesNothing() {
        ServiceOrder paid = changes.change(ORDER, order -> order.markPaid("pay-1", "payment-worker", clock));
        ServiceOrder again = changes.change(ORDER, order -> order.markPaid("pay-1", "payment-worker", clock));

        assertThat(again.getVersion()).isEqualTo(paid.getVersion());
        assertThat(again.getTimeline()).hasSize(2);
    }

    @Test
    void anUnknownOrderIsBadInput() {
        assertThatThrownBy(() -> changes.change("ORD-NONE", order -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ORD-NONE");
    }

    private static void awaitOther(CountDownLatch bothLoaded) {
        bothLoaded.countDown();
        try {
            // only the first load of each writer waits; a reload after a lost race finds the latch open
            bothLoaded.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
