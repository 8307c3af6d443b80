package com.careflow.portal.health;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/** Orders between a customer and a provider, with or without the customer's consent to share health records. */
public final class HealthTestOrders {

    private HealthTestOrders() {
    }

    /** Paid and confirmed with {@code providerId}, in three days. */
    public static ServiceOrder confirmed(Orders orders, String number, String customerId, String providerId,
            boolean consent, Clock clock) {
        ServiceOrder order = ServiceOrder.builder().orderNumber(number)
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer(customerId, "Demo " + customerId, customerId + "@careflow.local", "zh-CN")
                .contact("张三", "13800138000").scheduledAt(LocalDateTime.now(clock).plusDays(3).withHour(9))
                .healthDataConsent(consent).build(clock);
        order.markPaid("PAY-" + number, "payment-worker", clock);
        order.assignProvider(providerId, "李娜", "portal", clock);
        return orders.save(order);
    }
}
