package com.careflow.portal.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/** Orders as the portal places them, for tests that need one to exist. */
public final class TestOrders {

    private TestOrders() {
    }

    public static ServiceOrder pendingOrder(Orders orders, String orderNumber, String customerId, Clock clock) {
        ServiceOrder order = ServiceOrder.builder()
                .orderNumber(orderNumber)
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer(customerId, "Demo " + customerId, customerId + "@careflow.local", "zh-CN")
                .contact("张三", "13800138000")
                .scheduledAt(LocalDateTime.now(clock).plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0))
                .build(clock);
        order.attachProcess(2251799813685000L);
        return orders.save(order);
    }
}
