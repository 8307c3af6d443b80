package com.careflow.assign;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.careflow.domain.assignment.Offer;
import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.Notifications;

/**
 * Tells providers in the portal that an offer is open for them. The notification id {@code offer:<order>:<round>:
 * <provider>} is the idempotency key: a redelivered task finds the notifications it wrote, and a provider told in
 * round 1 is not told again when the offer widens.
 */
@Component
class ProviderAlerts {

    static final String TEMPLATE = "offer-open";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Notifications notifications;
    private final Clock clock;

    ProviderAlerts(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Notifies every eligible provider of the offer's current round who was not told in an earlier round. */
    void offerOpen(Offer offer) {
        Set<String> providerIds = offer.getEligibleProviderIds();
        for (String providerId : providerIds) {
            if (!toldBefore(offer, providerId)) {
                tell(offer, providerId);
            }
        }
    }

    private boolean toldBefore(Offer offer, String providerId) {
        for (int round = 1; round < offer.getRound(); round++) {
            if (notifications.existsById(id(offer.getOrderNumber(), round, providerId))) {
                return true;
            }
        }
        return false;
    }

    private void tell(Offer offer, String providerId) {
        String id = id(offer.getOrderNumber(), offer.getRound(), providerId);
        if (notifications.existsById(id)) {
            return;
        }
        String body = offer.getServiceName() + "，" + offer.getAppointmentStart().format(WHEN) + "，" + offer.getCity()
                + "，¥" + offer.getAmount().toPlainString() + "。先抢先得。";
        Notification notification = new Notification(id, providerId, null, NotificationChannel.IN_APP, TEMPLATE,
                "新订单可抢：" + offer.getServiceName(), body, offer.getOrderNumber(), clock.instant());
        // in-app: stored is delivered; READ once the provider opens it
        notification.markSent(clock.instant());
        try {
            notifications.insert(notification);
        } catch (DuplicateKeyException toldConcurrently) {
            // a concurrent delivery of the same job wrote it
        }
    }

    static String id(String orderNumber, int round, String providerId) {
        return "offer:" + orderNumber + ":" + round + ":" + providerId;
    }
}
