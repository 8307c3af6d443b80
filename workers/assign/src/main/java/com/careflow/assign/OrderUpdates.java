package com.careflow.assign;

import java.util.function.Predicate;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/** Applies one change to an order and saves it when it changed; a lost @Version race reloads and tries again. */
@Component
class OrderUpdates {

    static final String ACTOR = "assign-worker";
    private static final int SAVE_ATTEMPTS = 3;

    private final Orders orders;

    OrderUpdates(Orders orders) {
        this.orders = orders;
    }

    ServiceOrder load(String orderNumber) {
        return orders.findById(orderNumber)
                .orElseThrow(() -> new IllegalArgumentException("order " + orderNumber + " does not exist"));
    }

    /** {@code change} returns false when the order already is as wanted (a redelivered task). */
    void update(String orderNumber, Predicate<ServiceOrder> change) {
        for (int attempt = 1; ; attempt++) {
            ServiceOrder order = load(orderNumber);
            if (!change.test(order)) {
                return;
            }
            try {
                orders.save(order);
                return;
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
