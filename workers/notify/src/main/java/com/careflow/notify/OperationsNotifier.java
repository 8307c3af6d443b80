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
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final OperationsSettings settings;
    private final PortalLinks links;

    OperationsNotifier(Orders orders, MailRenderer renderer, Deliveries deliveries, OperationsSettings settings,
            PortalLinks links) {
        this.orders = orders;
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.settings = settings;
        this.links = links;
    }

    /** Throws {@link InvalidNotificationException} for an unknown order, a MailException if SMTP fails. */
    void alert(String stepKey, MailTemplate alert, String orderNumber) {
        ServiceOrder order = orders.findById(orderNumber)
                .orElseThrow(() -> new InvalidNotificationException("order " + orderNumber + " does not exist"));
        Recipient operations = new Recipient(settings.recipientId(), renderer.operationsName(settings.locale()),
                settings.email(), settings.locale(), links.assignments());
        deliveries.deliver(stepKey, alert, orderNumber, operations,
                renderer.render(alert, order, operations, MailFacts.NONE));
    }
}
