package com.careflow.notify;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/** Places orders with fresh numbers and moves them along, as the other workers would have done. */
class TestOrders {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final Orders orders;
    private final Clock clock;

    TestOrders(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    ServiceOrder confirmed(String locale) {
        return place(locale, order -> {
            order.markPaid("sim_test", "payment-worker", clock);
            order.confirm("order-worker", clock);
        });
    }

    ServiceOrder cancelled(String locale, String reason) {
        return place(locale, order -> order.cancel(reason, "order-worker", clock));
    }

    private ServiceOrder place(String locale, Consumer<ServiceOrder> progress) {
        String number = "ORD20250301" + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
        ServiceOrder order = ServiceOrder.builder()
                .orderNumber(number)
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer("customer-1", "王小明", "customer@careflow.local", locale)
                .contact("王小明", "13800138000")
                .scheduledAt(LocalDateTime.of(2025, 3, 8, 9, 0))
                .build(clock);
        progress.accept(order);
        return orders.save(order);
    }
}
