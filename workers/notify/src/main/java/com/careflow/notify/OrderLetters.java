package com.careflow.notify;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.order.CancelReason;
import com.careflow.domain.order.ServiceOrder;

/**
 * What a notification about an order says. Every order text gets the same arguments, so a template's texts use
 * what they need without code: {0} order number, {1} provider name, {2} appointment time, {3} amount,
 * {4} "in 24 hours" (reminders), {5} service name, {6} city.
 */
@Component
class OrderLetters {

    private final MailTexts texts;

    OrderLetters(MailTexts texts) {
        this.texts = texts;
    }

    Letter letter(MailTemplate template, ServiceOrder order, MailFacts facts, Locale locale) {
        Object[] args = arguments(order, facts, locale);
        boolean cancelled = template == MailTemplate.ORDER_CANCELLED;
        String addendum = cancelled && order.wasPaid() ? texts.get("order-cancelled.refund", locale, args) : null;
        String reason = cancelled ? explainCancellation(order, facts.reasonText(), locale) : null;
        return new Letter(args, addendum, details(order, locale),
                reason == null ? null : new Letter.Reasons(texts.get("mail.label.reason", locale), List.of(reason)));
    }

    private Object[] arguments(ServiceOrder order, MailFacts facts, Locale locale) {
        String provider = order.getProviderName() != null ? order.getProviderName()
                : texts.get("mail.provider.unassigned", locale);
        String when = facts.hoursBefore() == null ? "" : texts.get("mail.hours-before", locale, facts.hoursBefore());
        return new Object[] { order.getOrderNumber(), provider, texts.dateTime(order.getAppointmentStart(), locale),
                yuan(order.getAmount()), when, order.getServiceName(), order.getCity() };
    }

    /**
     * Why an order was cancelled, by its code ({@code cancelReason.<CODE>}), followed by the text it was cancelled
     * with (a decline's reason from the gateway). Orders cancelled before codes existed show their text.
     */
    private String explainCancellation(ServiceOrder order, String text, Locale locale) {
        CancelReason code = order.getCancelReasonCode();
        boolean hasText = text != null && !text.isBlank();
        if (code == null) {
            return hasText ? text : null;
        }
        String explained = texts.get("cancelReason." + code.name(), locale);
        return hasText ? explained + texts.separator(locale) + text : explained;
    }

    /** Label → value rows, in the order the customer reads them. */
    private Map<String, String> details(ServiceOrder order, Locale locale) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(texts.get("mail.label.order-number", locale), order.getOrderNumber());
        rows.put(texts.get("mail.label.service", locale), order.getServiceName());
        rows.put(texts.get("mail.label.amount", locale), yuan(order.getAmount()));
        if (order.getAppointmentStart() != null) {
            rows.put(texts.get("mail.label.scheduled-at", locale), texts.dateTime(order.getAppointmentStart(), locale));
        }
        if (order.getProviderName() != null) {
            rows.put(texts.get("mail.label.provider", locale), order.getProviderName());
        }
        if (order.getContactPhone() != null) {
            rows.put(texts.get("mail.label.contact-phone", locale), order.getMaskedContactPhone());
        }
        rows.put(texts.get("mail.label.status", locale), texts.get("status." + order.getStatus(), locale));
        if (order.getRefundId() != null) {
            rows.put(texts.get("mail.label.refund-id", locale), order.getRefundId());
        }
        return rows;
    }

    private static String yuan(BigDecimal amount) {
        return new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
