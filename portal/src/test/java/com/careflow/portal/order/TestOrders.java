package com.careflow.portal.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/** Orders as the portal places them (and as the process moves them on), for tests that need one to exist. */
public final class TestOrders {

    public static final String SERVICE_ID = "escort-beijing-halfday";
    /** The realm's demo provider (李娜), certified for 北京 escorts in the demo data. */
    public static final String PROVIDER_ID = "5b0c2a4e-7d1f-4c8e-9a3b-000000000002";
    public static final String PROVIDER_NAME = "李娜";

    private TestOrders() {
    }

    /** In three days at 09:00, the first slot of the half-day escort. */
    public static LocalDateTime defaultStart(Clock clock) {
        return LocalDateTime.now(clock).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
    }

    public static ServiceOrder pendingOrder(Orders orders, String orderNumber, String customerId, Clock clock) {
        return pendingOrder(orders, orderNumber, customerId, defaultStart(clock), clock);
    }

    public static ServiceOrder pendingOrder(Orders orders, String orderNumber, String customerId, LocalDateTime start,
            Clock clock) {
        ServiceOrder order = ServiceOrder.builder()
                .orderNumber(orderNumber)
                .service(SERVICE_ID, "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer(customerId, "Demo " + customerId, customerId + "@careflow.local", "zh-CN")
                .contact("张三", "13800138000")
                .scheduledAt(start)
                .build(clock);
        order.attachProcess("service-order-instance-0");
        return orders.save(order);
    }

    public static ServiceOrder paidOrder(Orders orders, String orderNumber, String customerId, LocalDateTime start,
            Clock clock) {
        ServiceOrder order = pendingOrder(orders, orderNumber, customerId, start, clock);
        order.markPaid("PAY-" + orderNumber, "payment-worker", clock);
        return orders.save(order);
    }

    /** Paid, and the demo provider won the offer. */
    public static ServiceOrder confirmedOrder(Orders orders, String orderNumber, String customerId,
            LocalDateTime start, Clock clock) {
        ServiceOrder order = paidOrder(orders, orderNumber, customerId, start, clock);
        order.assignProvider(PROVIDER_ID, PROVIDER_NAME, "portal", clock);
        return orders.save(order);
    }

    /**
     * Confirmed, checked in and completed ({@code clock} is when it completed; the appointment started two hours
     * before, since a service cannot be completed before its start).
     */
    public static ServiceOrder completedOrder(Orders orders, String orderNumber, String customerId, Clock clock) {
        ServiceOrder order = confirmedOrder(orders, orderNumber, customerId,
                LocalDateTime.now(clock).minusHours(2).withSecond(0).withNano(0), clock);
        order.start("portal", clock);
        order.complete("portal", clock);
        return orders.save(order);
    }
}
