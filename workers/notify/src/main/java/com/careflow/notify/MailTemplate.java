package com.careflow.notify;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.ServiceOrderProcess;

/**
 * The notifications the notify tasks can send: customer ones named by a task's {@code template} header, operations
 * alerts by its {@code alert} header. Each has its own subject and intro in {@code mail/messages*.properties} (keys
 * {@code <id>.subject}, {@code <id>.intro}; both get the arguments of {@link MailRenderer}) and shares the
 * {@code order} layout under {@code mail/html} and {@code mail/text}.
 */
enum MailTemplate {

    ORDER_CONFIRMED(ServiceOrderProcess.TEMPLATE_ORDER_CONFIRMED, Audience.CUSTOMER),
    ORDER_CANCELLED(ServiceOrderProcess.TEMPLATE_ORDER_CANCELLED, Audience.CUSTOMER),
    ORDER_COMPLETED(ServiceOrderProcess.TEMPLATE_ORDER_COMPLETED, Audience.CUSTOMER),
    ORDER_REFUNDED(ServiceOrderProcess.TEMPLATE_ORDER_REFUNDED, Audience.CUSTOMER),
    COMPLAINT_REJECTED(ServiceOrderProcess.TEMPLATE_COMPLAINT_REJECTED, Audience.CUSTOMER),
    PROVIDER_REPLACED(ServiceOrderProcess.TEMPLATE_PROVIDER_REPLACED, Audience.CUSTOMER),
    APPOINTMENT_REMINDER(AppointmentProcess.TEMPLATE_REMINDER, Audience.CUSTOMER),
    APPOINTMENT_RESCHEDULED(AppointmentProcess.TEMPLATE_RESCHEDULED, Audience.CUSTOMER),
    NOBODY_GRABBED(GrabOrderProcess.ALERT_NOBODY_GRABBED, Audience.OPERATIONS),
    NO_PROVIDER(GrabOrderProcess.ALERT_NO_PROVIDER, Audience.OPERATIONS);

    /** Who reads it, and so which task header names it. */
    enum Audience {
        CUSTOMER(ServiceOrderProcess.HEADER_TEMPLATE), OPERATIONS(GrabOrderProcess.HEADER_ALERT);

        private final String header;

        Audience(String header) {
            this.header = header;
        }
    }

    private final String id;
    private final Audience audience;

    MailTemplate(String id, Audience audience) {
        this.id = id;
        this.audience = audience;
    }

    String id() {
        return id;
    }

    Audience audience() {
        return audience;
    }

    /** All notifications share one layout: greeting, intro, the order's details, a link. */
    String layout() {
        return "order";
    }

    /** Whether the mail tells why (a cancellation does; nothing else has anything to explain). */
    boolean withReason() {
        return this == ORDER_CANCELLED;
    }

    /** The template a task header names for this audience; a missing or unknown one is a modelling error. */
    static MailTemplate of(String id, Audience audience) {
        if (id == null) {
            throw new InvalidNotificationException("the task has no '" + audience.header + "' header");
        }
        return Arrays.stream(values()).filter(t -> t.audience == audience && t.id.equals(id)).findFirst()
                .orElseThrow(() -> new InvalidNotificationException("unknown template '" + id + "' in task header '"
                        + audience.header + "'; known: " + Arrays.stream(values()).filter(t -> t.audience == audience)
                                .map(MailTemplate::id).collect(Collectors.joining(", "))));
    }
}
