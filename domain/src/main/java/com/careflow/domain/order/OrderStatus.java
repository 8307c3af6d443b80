package com.careflow.domain.order;

import java.util.EnumSet;
import java.util.Set;

/** The order state machine of the domain brief; {@link #canMoveTo} is the only place transitions are decided. */
public enum OrderStatus {
    PENDING, PAID, CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED, REFUNDED;

    public boolean canMoveTo(OrderStatus target) {
        return successors().contains(target);
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }

    private Set<OrderStatus> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED);
            case COMPLETED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
