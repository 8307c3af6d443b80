package com.careflow.domain.order;

import java.time.Instant;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * One line of an order's timeline: the status the order had (or got), when, who did it (user id or system actor),
 * the name to show for them, and a note: a key like {@code placed} or {@code rescheduled}, or free text such as a
 * decline reason. Entries that do not change the status (a reschedule, a complaint) carry the current status.
 */
public record OrderEvent(OrderStatus status, Instant at, String actor, String actorName, String note) {

    /** Marks the canonical constructor for Spring Data, which otherwise would not pick between two. */
    @PersistenceCreator
    public OrderEvent {
        // entries written before names existed show the actor id
        actorName = actorName == null ? actor : actorName;
    }

    /** An entry whose actor is a system component (worker, portal), shown by its id. */
    public OrderEvent(OrderStatus status, Instant at, String actor, String note) {
        this(status, at, actor, actor, note);
    }
}
