package com.careflow.domain.order;

import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import com.careflow.domain.VersionedUpdates;

/**
 * The one writer of {@link ServiceOrder}, with one concurrency strategy: optimistic locking on its version. A change
 * is a transition applied to a fresh copy and saved; when another writer (a worker, the portal, another node) saved
 * first, the copy is reloaded and the transition applied again. So a transition must change only the aggregate —
 * side effects (messages, calendars) go before or after it, never inside.
 */
@Component
public class OrderChanges {

    private final Orders orders;

    public OrderChanges(Orders orders) {
        this.orders = orders;
    }

    /** Saves a new order. */
    public ServiceOrder place(ServiceOrder order) {
        return orders.save(order);
    }

    /** Takes back an order whose process could not be started: it never existed for anyone. */
    public void withdraw(String orderNumber) {
        orders.deleteById(orderNumber);
    }

    /**
     * Applies {@code transition} ({@code false}: the order already is as wanted, nothing saved) and returns the order
     * as saved.
     *
     * @throws IllegalArgumentException when there is no such order
     * @throws IllegalOrderTransitionException when the order's state does not allow the transition
     */
    public ServiceOrder change(String orderNumber, Predicate<ServiceOrder> transition) {
        return VersionedUpdates.update(() -> orders.findById(orderNumber)
                .orElseThrow(() -> new IllegalArgumentException("Order " + orderNumber + " does not exist")),
                transition, orders::save);
    }
}
