package com.careflow.domain.order;

import java.time.Instant;

/** Domain event published when an order is saved after a state change. */
public record OrderStatusChanged(String orderNumber, OrderStatus from, OrderStatus to, String actor, Instant at) {
}
