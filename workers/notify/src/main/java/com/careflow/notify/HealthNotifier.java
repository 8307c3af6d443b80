package com.careflow.notify;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.health.alert.HealthAlert;
import com.careflow.domain.health.alert.HealthAlerts;
import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;

/**
 * The crisis-reading notices: the customer is told what to do now and that a consultant will call (in their
 * language, in the portal and by mail to the address the people directory has); operations hear of a call-back
 * nobody claimed — by the alert's id and time only, without the reading's values, which they need not see.
 */
@Component
class HealthNotifier {

    private final HealthAlerts alerts;
    private final People people;
    private final MailTexts texts;
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final OperationsSettings operations;
    private final PortalLinks links;

    HealthNotifier(HealthAlerts alerts, People people, MailTexts texts, MailRenderer renderer, Deliveries deliveries,
            OperationsSettings operations, PortalLinks links) {
        this.alerts = alerts;
        this.people = people;
        this.texts = texts;
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.operations = operations;
        this.links = links;
    }

    /** Throws {@link InvalidNotificationException} for an unknown alert, a MailException if SMTP fails. */
    void notifyCustomer(String stepKey, MailTemplate template, String readingId) {
        HealthAlert alert = alert(readingId);
        Person person = people.findById(alert.customerId()).orElse(null);
        Recipient customer = person == null
                ? new Recipient(alert.customerId(), null, null, MailTexts.locale(null), links.healthAlerts())
                : new Recipient(person.id(), person.name(), person.email(), MailTexts.locale(person.locale()),
                        links.healthAlerts());
        deliveries.deliver(NotificationIds.ofStep(stepKey), template, null, customer,
                renderer.render(template, customer, letter(alert, customer.locale(), true)));
    }

    /** Throws {@link InvalidNotificationException} for an unknown alert, a MailException if SMTP fails. */
    void alertOperations(String stepKey, MailTemplate template, String readingId) {
        HealthAlert alert = alert(readingId);
        Recipient team = new Recipient(operations.recipientId(), null, operations.email(), operations.locale(),
                links.tasks());
        deliveries.deliver(NotificationIds.ofStep(stepKey), template, null, team,
                renderer.render(template, team, letter(alert, team.locale(), false)));
    }

    private HealthAlert alert(String readingId) {
        return alerts.findById(Required.id("readingId", readingId))
                .orElseThrow(() -> new InvalidNotificationException("crisis reading " + readingId
                        + " has no alert"));
    }

    /** {0} what was measured, {1} when it was taken, {2} the alert's id; the values only for the customer. */
    private Letter letter(HealthAlert alert, Locale locale, boolean withValues) {
        String taken = texts.dateTime(alert.takenAt(), locale);
        Map<String, String> rows = new LinkedHashMap<>();
        if (withValues) {
            rows.put(texts.get("mail.label.reading", locale), alert.summary());
        }
        rows.put(texts.get("mail.label.taken-at", locale), taken);
        rows.put(texts.get("mail.label.alert", locale), alert.id());
        return new Letter(new Object[] { withValues ? alert.summary() : "", taken, alert.id() }, null, rows, null);
    }
}
