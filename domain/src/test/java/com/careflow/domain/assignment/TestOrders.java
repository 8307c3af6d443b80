package com.careflow.domain.assignment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.order.ServiceOrder;

/** Orders (not stored) of a service at a time, as the offer desk gets them. */
final class TestOrders {

    private TestOrders() {
    }

    static ServiceOrder order(String orderNumber, ServiceItem service, LocalDateTime start) {
        return ServiceOrder.builder()
                .orderNumber(orderNumber)
                .service(service.id(), service.name(), service.city(), new BigDecimal("199.00"))
                .customer("customer-1", "王芳", "customer@careflow.local", "zh-CN")
                .contact("王芳", "13800138000")
                .scheduledAt(start)
                .build(Clock.systemUTC());
    }
}
