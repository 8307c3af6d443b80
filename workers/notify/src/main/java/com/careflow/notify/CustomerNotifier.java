package com.careflow.notify;

import org.springframework.stereotype.Component;

import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.AppointmentProcess;

/** Tells a customer about their order, in their language, in the portal and by email ({@link Deliveries}). */
@Component
class CustomerNotifier {

    private final Orders orders;
    private final OrderLetters letters;
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final PortalLinks links;

    CustomerNotifier(Orders orders, OrderLetters letters, MailRenderer renderer, Deliveries deliveries,
            PortalLinks links) {
        this.orders = orders;
        this.letters = letters;
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.links = links;
    }

    /** Throws {@link InvalidNotificationException} for an unknown order, a MailException if SMTP fails. */
    void notify(String stepKey, MailTemplate template, String orderNumber, MailFacts facts) {
        ServiceOrder order = orders.findById(orderNumber)
                .orElseThrow(() -> new InvalidNotificationException("order " + orderNumber + " does not exist"));
        if (template == MailTemplate.APPOINTMENT_REMINDER && facts.hoursBefore() == null) {
            throw new InvalidNotificationException("the reminder task has no '"
                    + AppointmentProcess.HEADER_HOURS_BEFORE + "' header");
        }
        String reasonText = facts.reasonText() != null ? facts.reasonText() : order.getCancelReason();
        Recipient customer = customer(order);
        Letter letter = letters.letter(template, order, new MailFacts(reasonText, facts.hoursBefore()),
                customer.locale());
        deliveries.deliver(NotificationIds.ofStep(stepKey), template, orderNumber, customer,
                renderer.render(template, customer, letter));
    }

    private Recipient customer(ServiceOrder order) {
        String name = order.getCustomerName() != null ? order.getCustomerName() : order.getContactName();
        return new Recipient(order.getCustomerId(), name, order.getCustomerEmail(), MailTexts.locale(order.getLocale()),
                links.order(order.getOrderNumber()));
    }
}
