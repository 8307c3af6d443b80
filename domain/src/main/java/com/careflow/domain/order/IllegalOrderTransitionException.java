package com.careflow.domain.order;

/** An order was asked to move to a state its state machine does not allow from where it is. */
public class IllegalOrderTransitionException extends IllegalStateException {

    public IllegalOrderTransitionException(String orderNumber, OrderStatus from, OrderStatus to) {
        super("Order " + orderNumber + " is " + from + " and cannot become " + to);
    }
}
