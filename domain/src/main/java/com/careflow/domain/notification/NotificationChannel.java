package com.careflow.domain.notification;

/** Where a notification goes. SMS arrives with a later issue. */
public enum NotificationChannel {
    EMAIL, IN_APP
}
