package com.careflow.portal.order;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.careflow.domain.order.OrderEvent;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.ServiceOrder;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How an order reads to its customer, in their language: status labels, and timeline lines with times in the
 * platform zone. The order page and the status API share it, so the page and its live updates say the same.
 */
@Component
class OrderViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;
    private final Clock clock;

    OrderViews(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String statusLabel(OrderStatus status, Locale locale) {
        return messages.getMessage("order.status." + status.name(), null, status.name(), locale);
    }

    List<TimelineEntry> timeline(ServiceOrder order, Locale locale) {
        return order.getTimeline().stream().map(event -> entry(order, event, locale)).toList();
    }

    OrderStatusView status(ServiceOrder order, Locale locale) {
        return new OrderStatusView(order.getOrderNumber(), order.getStatus(), statusLabel(order.getStatus(), locale),
                order.getStatus().isFinal(), order.getCancelReason(), timeline(order, locale));
    }

    private TimelineEntry entry(ServiceOrder order, OrderEvent event, Locale locale) {
        return new TimelineEntry(event.status(), statusLabel(event.status(), locale),
                TIME.format(event.at().atZone(clock.getZone())), actor(order, event.actor(), locale),
                note(event.note(), locale));
    }

    /** The customer sees their own name, and a word for the system actors ("portal", "payment", ...). */
    private String actor(ServiceOrder order, String actor, Locale locale) {
        if (actor == null) {
            return null;
        }
        if (actor.equals(order.getCustomerId())) {
            return order.getCustomerName();
        }
        return messages.getMessage("order.actor." + actor, null, actor, locale);
    }

    /** Known notes ("placed") are translated; free text (a decline reason, a payment id) is shown as it is. */
    private String note(String note, Locale locale) {
        if (note == null || note.isBlank()) {
            return null;
        }
        return messages.getMessage("order.note." + note, null, note, locale);
    }

    /** One timeline line as shown. */
    record TimelineEntry(OrderStatus status, String statusLabel, String at, String actor, String note) {
    }

    /** The body of GET /api/orders/{orderNumber}; the cancel reason lets the open page show it without a reload. */
    record OrderStatusView(String orderNumber, OrderStatus status, String statusLabel,
            @JsonProperty("final") boolean finalState, String cancelReason, List<TimelineEntry> timeline) {
    }
}
