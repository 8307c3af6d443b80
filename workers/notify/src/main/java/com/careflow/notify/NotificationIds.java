package com.careflow.notify;

import com.careflow.domain.notification.NotificationChannel;

/** The ids (idempotency keys) of one notification's in-app and email copies. */
record NotificationIds(String inApp, String email) {

    /** A job's notification: the process step (element instance) key plus the channel. */
    static NotificationIds ofStep(String stepKey) {
        return new NotificationIds(stepKey + ":" + NotificationChannel.IN_APP,
                stepKey + ":" + NotificationChannel.EMAIL);
    }

    /** A notification named by what it is about: that name in the portal, plus the channel for the email. */
    static NotificationIds named(String id) {
        return new NotificationIds(id, id + ":" + NotificationChannel.EMAIL);
    }
}
