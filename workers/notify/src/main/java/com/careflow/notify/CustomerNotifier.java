package com.careflow.notify;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.AppointmentProcess;

/** Tells a customer about their order, in their language, in the portal and by email ({@link Deliveries}). */
@Component
class CustomerNotifier {

    private final Orders orders;
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final PortalLinks links;

    CustomerNotifier(Orders orders, MailRenderer renderer, Deliveries deliveries, PortalLinks links) {
        this.orders = orders;
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
        RenderedMail mail = renderer.render(template, order, customer, new MailFacts(reasonText, facts.hoursBefore()));
        deliveries.deliver(stepKey, template, orderNumber, customer, mail);
    }

    private Recipient customer(ServiceOrder order) {
        String name = order.getCustomerName() != null ? order.getCustomerName() : order.getContactName();
        Locale locale = Locale.forLanguageTag(order.getLocale() == null ? MailRenderer.DEFAULT_LOCALE
                : order.getLocale());
        return new Recipient(order.getCustomerId(), name, order.getCustomerEmail(), locale,
                links.order(order.getOrderNumber()));
    }
}
