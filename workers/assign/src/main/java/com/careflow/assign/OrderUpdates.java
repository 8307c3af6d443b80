package com.careflow.assign;

import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/** The assign worker's reads of orders, and its changes through the orders' one writer ({@link OrderChanges}). */
@Component
class OrderUpdates {

    static final String ACTOR = "assign-worker";

    private final Orders orders;
    private final OrderChanges changes;

    OrderUpdates(Orders orders, OrderChanges changes) {
        this.orders = orders;
        this.changes = changes;
    }

    ServiceOrder load(String orderNumber) {
        return orders.findById(orderNumber)
                .orElseThrow(() -> new IllegalArgumentException("order " + orderNumber + " does not exist"));
    }

    /** {@code change} returns false when the order already is as wanted (a redelivered task). */
    void update(String orderNumber, Predicate<ServiceOrder> change) {
        changes.change(orderNumber, change);
    }
}
