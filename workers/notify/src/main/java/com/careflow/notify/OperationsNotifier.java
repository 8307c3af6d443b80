package com.careflow.notify;

import org.springframework.stereotype.Component;

import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/**
 * Alerts operations that an order needs a person (nobody grabbed it; no provider at all): an email to the
 * operations address and an in-app notification filed under the operations user id.
 */
@Component
class OperationsNotifier {

    private final Orders orders;
    private final OrderLetters letters;
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final OperationsSettings settings;
    private final PortalLinks links;

    OperationsNotifier(Orders orders, OrderLetters letters, MailRenderer renderer, Deliveries deliveries,
            OperationsSettings settings, PortalLinks links) {
        this.orders = orders;
        this.letters = letters;
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.settings = settings;
        this.links = links;
    }

    /** Throws {@link InvalidNotificationException} for an unknown order, a MailException if SMTP fails. */
    void alert(String stepKey, MailTemplate alert, String orderNumber) {
        ServiceOrder order = orders.findById(orderNumber)
                .orElseThrow(() -> new InvalidNotificationException("order " + orderNumber + " does not exist"));
        // unnamed: greeted as the audience ("运营团队")
        Recipient operations = new Recipient(settings.recipientId(), null, settings.email(), settings.locale(),
                links.assignments());
        deliveries.deliver(NotificationIds.ofStep(stepKey), alert, orderNumber, operations,
                renderer.render(alert, operations, letters.letter(alert, order, MailFacts.NONE, settings.locale())));
    }
}
