package com.careflow.domain.order;

import java.time.Instant;

/** One line of an order's timeline: what it became, when, who did it, and why. */
public record OrderEvent(OrderStatus status, Instant at, String actor, String note) {
}
