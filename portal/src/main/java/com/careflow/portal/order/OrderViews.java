package com.careflow.portal.order;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.careflow.domain.order.OrderEvent;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.ServiceOrder;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How an order reads to its customer, in their language: status labels, the cancel reason, and timeline lines
 * with who and when (times in the platform zone). The order page and the status API share it, so the page and
 * its live updates say the same.
 */
@Component
class OrderViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Clock clock;

    OrderViews(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String statusLabel(OrderStatus status, Locale locale) {
        return messages.getMessage("order.status." + status.name(), null, status.name(), locale);
    }

    /**
     * Why the order was cancelled, by its reason code in the page language; a detail beyond the code (a payment
     * decline's reason) follows it. Orders cancelled before codes existed show their text.
     */
    String cancelReason(ServiceOrder order, Locale locale) {
        String text = order.getCancelReason();
        if (order.getCancelReasonCode() == null) {
            return text;
        }
        String reason = messages.getMessage(order.getCancelReasonCode().messageKey(), null,
                order.getCancelReasonCode().name(), locale);
        if (text == null || text.isBlank() || text.equals(order.getCancelReasonCode().header())) {
            return reason;
        }
        return messages.getMessage("order.cancelReason.withDetail", new Object[] {reason, text}, locale);
    }

    List<TimelineEntry> timeline(ServiceOrder order, Locale locale) {
        return order.getTimeline().stream().map(event -> entry(order, event, locale)).toList();
    }

    OrderStatusView status(ServiceOrder order, Locale locale) {
        return new OrderStatusView(order.getOrderNumber(), order.getStatus(), statusLabel(order.getStatus(), locale),
                order.getStatus().isFinal(), cancelReason(order, locale), order.getProviderName(),
                order.getAppointmentStart() == null ? null : APPOINTMENT.format(order.getAppointmentStart()),
                order.getPayment() == null ? null : order.getPayment().state().name(), timeline(order, locale));
    }

    private TimelineEntry entry(ServiceOrder order, OrderEvent event, Locale locale) {
        return new TimelineEntry(event.status(), statusLabel(event.status(), locale),
                TIME.format(event.at().atZone(clock.getZone())), actor(order, event, locale),
                note(event.note(), locale));
    }

    /**
     * People are shown by name (the customer, the provider, an operator); system actors ("portal", "payment-worker",
     * ...) have no name of their own and get a word in the page language.
     */
    private String actor(ServiceOrder order, OrderEvent event, Locale locale) {
        String actor = event.actor();
        if (actor == null) {
            return event.actorName();
        }
        if (actor.equals(order.getCustomerId()) && order.getCustomerName() != null) {
            return order.getCustomerName();
        }
        if (event.actorName() != null && !Objects.equals(event.actorName(), actor)) {
            return event.actorName();
        }
        return messages.getMessage("order.actor." + actor, null, actor, locale);
    }

    /** Known notes ("placed", "rescheduled") are translated; free text (a decline reason) is shown as it is. */
    private String note(String note, Locale locale) {
        if (note == null || note.isBlank()) {
            return null;
        }
        return messages.getMessage("order.note." + note, null, note, locale);
    }

    /** One timeline line as shown. */
    record TimelineEntry(OrderStatus status, String statusLabel, String at, String actor, String note) {
    }

    /**
     * The body of GET /api/orders/{orderNumber}. The cancel reason, provider and appointment let an open page show
     * them without a reload; a new {@code paymentState} (processing, retrying, declined, …) makes it redraw its
     * payment section.
     */
    record OrderStatusView(String orderNumber, OrderStatus status, String statusLabel,
            @JsonProperty("final") boolean finalState, String cancelReason, String providerName,
            String appointmentStart, String paymentState, List<TimelineEntry> timeline) {
    }
}
