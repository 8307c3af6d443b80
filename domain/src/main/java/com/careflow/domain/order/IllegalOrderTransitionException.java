package com.careflow.domain.order;

/** An order was asked to do something its state machine (or one of its rules) does not allow from where it is. */
public class IllegalOrderTransitionException extends IllegalStateException {

    public IllegalOrderTransitionException(String orderNumber, OrderStatus from, OrderStatus to) {
        super("Order " + orderNumber + " is " + from + " and cannot become " + to);
    }

    /** A rule other than the status graph, e.g. the complaint window; the message names the order and the rule. */
    public IllegalOrderTransitionException(String message) {
        super(message);
    }
}
