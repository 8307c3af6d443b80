package com.careflow.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;


import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/** Places PENDING orders with fresh numbers, so tests sharing one database never see each other's data. */

class TestOrders {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final Orders orders;
    private final Clock clock;

    TestOrders(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    ServiceOrder placed(String amount) {
        return placed(amount, "zh-CN");
    }

    ServiceOrder placed(String amount, String locale) {
        String number = "ORD20250301" + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
        return orders.save(ServiceOrder.builder()
                .orderNumber(number)
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal(amount))
                .customer("customer-1", "王小明", "customer@careflow.local", locale)
                .contact("王小明", "13800138000")
                .scheduledAt(LocalDateTime.of(2025, 3, 8, 9, 0))
                .build(clock));
    }
}
