package com.careflow.domain.notification;

/** Delivery state of a notification. */
public enum NotificationStatus {
    QUEUED, SENT, FAILED, READ
}
