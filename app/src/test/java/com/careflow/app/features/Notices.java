package com.careflow.app.features;

import java.time.Duration;

import org.openqa.selenium.By;

import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.Notifications;

/** In-app notices as their recipient meets them: stored by the notify worker, listed on the notifications page. */
public class Notices {

    private final Notifications notifications;

    public Notices(Notifications notifications) {
        this.notifications = notifications;
    }

    /**
     * Waits until {@code recipientId} has an in-app notice of {@code template}, then checks that {@code browser}
     * (signed in as a person who receives it) lists it on the notifications page.
     */
    void awaitShown(Browser browser, String recipientId, String template, Duration timeout) {
        browser.await(d -> notifications
                .findTop50ByRecipientIdAndChannelOrderByCreatedAtDesc(recipientId, NotificationChannel.IN_APP)
                .stream().anyMatch(n -> template.equals(n.getTemplate())) ? true : null, timeout);
        browser.open("/notifications");
        browser.find(By.cssSelector("li[data-template='" + template + "']"));
    }

    /**
     * Waits for the in-app notice {@code notificationId} (the notify worker's idempotency key), then checks that
     * {@code browser} lists it with a link to {@code linkPath}.
     */
    void awaitShownById(Browser browser, String notificationId, String linkPath, Duration timeout) {
        browser.await(d -> notifications.existsById(notificationId) ? true : null, timeout);
        browser.open("/notifications");
        browser.find(By.cssSelector("a.notification-link[href$='" + linkPath + "']"));
    }
}
