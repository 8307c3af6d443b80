package com.careflow.portal.notification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That one member of a group read a group notice: a group notice is one document for all members, so its own
 * status stays SENT and each member's reading is kept here (id {@code <userId>|<notificationId>}, one per pair).
 */
@Document("notification_reads")
record NotificationRead(@Id String id, String userId, String notificationId, Instant readAt) {

    static NotificationRead of(String userId, String notificationId, Instant at) {
        return new NotificationRead(userId + "|" + notificationId, userId, notificationId, at);
    }
}
