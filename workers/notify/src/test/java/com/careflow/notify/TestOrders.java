package com.careflow.notify;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.careflow.domain.order.CancelReason;
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
        return place(locale, this::confirm);
    }

    /** Cancelled before it was paid, e.g. a declined payment with its text. */
    ServiceOrder cancelled(String locale, CancelReason code, String text) {
        return place(locale, order -> order.cancel(code, text, "order-worker", clock));
    }

    /** Cancelled after it was paid and confirmed, so the customer gets their money back. */
    ServiceOrder cancelledAfterPayment(String locale, CancelReason code) {
        return place(locale, order -> {
            confirm(order);
            order.cancel(code, null, order.getCustomerId(), clock);
        });
    }

    ServiceOrder completed(String locale) {
        return place(locale, order -> {
            confirm(order);
            order.start("p-1", clock);
            order.complete("order-worker", clock);
        });
    }

    ServiceOrder refunded(String locale) {
        return place(locale, order -> {
            confirm(order);
            order.start("p-1", clock);
            order.complete("order-worker", clock);
            order.fileComplaint("provider was late", order.getCustomerId(), clock);
            order.decideComplaint(true, "admin-1", "赵敏", clock);
            order.refund("sim_re_test", "order-worker", clock);
        });
    }

    /** Confirmed, then its provider did not show up and another one comes an hour later. */
    ServiceOrder providerReplaced(String locale) {
        return place(locale, order -> {
            confirm(order);
            order.recordNoShow("assign-worker", clock);
            order.replaceProvider("p-2", "张伟", order.getAppointmentStart().plusHours(1), "assign-worker", clock);
        });
    }

    /** Confirmed for three days ahead, then moved by the customer to the day after at 14:00. */
    ServiceOrder rescheduled(String locale) {
        LocalDateTime inThreeDays = LocalDateTime.now(clock).plusDays(3).withHour(9).withMinute(0).withSecond(0)
                .withNano(0);
        return place(locale, inThreeDays, order -> {
            confirm(order);
            order.reschedule(inThreeDays.plusDays(1).withHour(14), order.getCustomerId(), clock);
        });
    }

    private void confirm(ServiceOrder order) {
        order.markPaid("sim_test", "payment-worker", clock);
        order.assignProvider("p-1", "李娜", "order-worker", clock);
    }

    private ServiceOrder place(String locale, Consumer<ServiceOrder> progress) {
        return place(locale, LocalDateTime.of(2025, 3, 8, 9, 0), progress);
    }

    private ServiceOrder place(String locale, LocalDateTime start, Consumer<ServiceOrder> progress) {
        String number = "ORD20250301" + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
        ServiceOrder order = ServiceOrder.builder()
                .orderNumber(number)
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer("customer-1", "王小明", "customer@careflow.local", locale)
                .contact("王小明", "13800138000")
                .scheduledAt(start)
                .build(clock);
        progress.accept(order);
        return orders.save(order);
    }
}
