package com.careflow.bench;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.OrderStatusChanged;

/** In the platform's context: the order aggregate's own event says when the real confirm step saved CONFIRMED. */
final class ConfirmedOrders implements ApplicationListener<PayloadApplicationEvent<OrderStatusChanged>> {

    private final Confirmations confirmations;

    ConfirmedOrders(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<OrderStatusChanged> event) {
        if (event.getPayload().to() == OrderStatus.CONFIRMED) {
            confirmations.confirmed(event.getPayload().orderNumber(), "order event");
        }
    }
}
