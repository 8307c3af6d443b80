package com.careflow.notify;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What {@link TaskAlerts} already did for one open user task (notify's own collection; the engine's records are never
 * written): {@code created} once its groups were told, {@code dueSoonFor} the assignee and due date last alerted
 * ({@link #dueSoonKey}), so a new assignee or a moved due date alerts again.
 */
@Document("task_alerts")
record TaskAlertMark(@Id String taskId, boolean created, String dueSoonFor) {

    static String dueSoonKey(String assignee, Instant due) {
        return assignee + "@" + due;
    }
}
