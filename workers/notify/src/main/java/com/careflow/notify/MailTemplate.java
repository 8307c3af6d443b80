package com.careflow.notify;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.ReconciliationProcess;
import com.careflow.domain.process.PayoutProcess;
import com.careflow.domain.process.HealthAlertProcess;
import com.careflow.domain.process.ServiceOrderProcess;

/**
 * The notifications this worker sends. Those of a BPMN task are named by a task header ({@code template} or
 * {@code alert}, see {@link Audience}); task alerts are sent by {@link TaskAlerts} itself. Each has its own subject
 * and intro in {@code mail/messages*.properties} (keys {@code <id>.subject}, {@code <id>.intro}, both with the
 * arguments its {@link Layout}'s letters document there) and is laid out by {@code mail/html/letter.html} and
 * {@code mail/text/letter.txt} in the style of its layout.
 */
enum MailTemplate {

    ORDER_CONFIRMED(ServiceOrderProcess.TEMPLATE_ORDER_CONFIRMED, Audience.CUSTOMER, Layout.ORDER),
    ORDER_CANCELLED(ServiceOrderProcess.TEMPLATE_ORDER_CANCELLED, Audience.CUSTOMER, Layout.ORDER),
    ORDER_COMPLETED(ServiceOrderProcess.TEMPLATE_ORDER_COMPLETED, Audience.CUSTOMER, Layout.ORDER),
    ORDER_REFUNDED(ServiceOrderProcess.TEMPLATE_ORDER_REFUNDED, Audience.CUSTOMER, Layout.ORDER),
    COMPLAINT_REJECTED(ServiceOrderProcess.TEMPLATE_COMPLAINT_REJECTED, Audience.CUSTOMER, Layout.ORDER),
    PROVIDER_REPLACED(ServiceOrderProcess.TEMPLATE_PROVIDER_REPLACED, Audience.CUSTOMER, Layout.ORDER),
    APPOINTMENT_REMINDER(AppointmentProcess.TEMPLATE_REMINDER, Audience.CUSTOMER, Layout.ORDER),
    APPOINTMENT_RESCHEDULED(AppointmentProcess.TEMPLATE_RESCHEDULED, Audience.CUSTOMER, Layout.ORDER),
    NOBODY_GRABBED(GrabOrderProcess.ALERT_NOBODY_GRABBED, Audience.OPERATIONS, Layout.ORDER),
    NO_PROVIDER(GrabOrderProcess.ALERT_NO_PROVIDER, Audience.OPERATIONS, Layout.ORDER),
    PAYMENT_GATEWAY_DOWN(ServiceOrderProcess.ALERT_PAYMENT_GATEWAY_DOWN, Audience.OPERATIONS, Layout.ORDER),
    RECONCILIATION_MISMATCHES(ReconciliationProcess.ALERT_MISMATCHES, Audience.OPERATIONS, Layout.RECONCILIATION),
    CONTENT_PUBLISHED(ContentReviewProcess.TEMPLATE_PUBLISHED, Audience.AUTHOR, Layout.CONTENT),
    CONTENT_REJECTED(ContentReviewProcess.TEMPLATE_REJECTED, Audience.AUTHOR, Layout.CONTENT),
    CERTIFICATION_APPROVED(CertificationProcess.TEMPLATE_APPROVED, Audience.APPLICANT, Layout.CERTIFICATION),
    CERTIFICATION_REJECTED(CertificationProcess.TEMPLATE_REJECTED, Audience.APPLICANT, Layout.CERTIFICATION),
    CERTIFICATION_RENEWAL(CertificationProcess.TEMPLATE_RENEWAL, Audience.APPLICANT, Layout.CERTIFICATION),
    CERTIFICATION_EXPIRED(CertificationProcess.TEMPLATE_EXPIRED, Audience.APPLICANT, Layout.CERTIFICATION),
    PAYOUT_PAID(PayoutProcess.TEMPLATE_PAID, Audience.PROVIDER, Layout.PAYOUT),
    PAYOUT_REJECTED(PayoutProcess.TEMPLATE_REJECTED, Audience.PROVIDER, Layout.PAYOUT),
    PAYOUT_RETURNED(PayoutProcess.TEMPLATE_RETURNED, Audience.PROVIDER, Layout.PAYOUT),
    TASK_CREATED(TaskAlerts.TEMPLATE_CREATED, Audience.REVIEWER, Layout.TASK),
    TASK_DUE(TaskAlerts.TEMPLATE_DUE, Audience.REVIEWER, Layout.TASK),
    HEALTH_CRISIS_ADVICE(HealthAlertProcess.TEMPLATE_CRISIS_ADVICE, Audience.CUSTOMER, Layout.HEALTH),
    HEALTH_CALL_BACK_UNCLAIMED(HealthAlertProcess.ALERT_CALL_BACK_UNCLAIMED, Audience.OPERATIONS, Layout.HEALTH);

    /**
     * Who reads it: which task header names it (none for task alerts), and how a recipient without a name is
     * greeted ({@code mail.audience.<name>}).
     */
    enum Audience {
        CUSTOMER(ServiceOrderProcess.HEADER_TEMPLATE),
        OPERATIONS(GrabOrderProcess.HEADER_ALERT),
        AUTHOR(ServiceOrderProcess.HEADER_TEMPLATE),
        APPLICANT(ServiceOrderProcess.HEADER_TEMPLATE),
        PROVIDER(ServiceOrderProcess.HEADER_TEMPLATE),
        REVIEWER(null);

        private final String header;

        Audience(String header) {
            this.header = header;
        }

        String greetingKey() {
            return "mail.audience." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * What a notification is about, and so how it looks: the heading under the brand ({@code mail.heading.<id>}),
     * the label of its link ({@code mail.view.<id>}), and its accent colour.
     */
    enum Layout {
        ORDER("order", "#0b7285"), CONTENT("content", "#5f3dc4"), CERTIFICATION("certification", "#2b8a3e"),
        TASK("task", "#c2410c"), RECONCILIATION("reconciliation", "#b45309"), PAYOUT("payout", "#1864ab"),
        HEALTH("health", "#c92a2a");

        private final String id;
        private final String accent;

        Layout(String id, String accent) {
            this.id = id;
            this.accent = accent;
        }

        String id() {
            return id;
        }

        String accent() {
            return accent;
        }
    }

    private final String id;
    private final Audience audience;
    private final Layout layout;

    MailTemplate(String id, Audience audience, Layout layout) {
        this.id = id;
        this.audience = audience;
        this.layout = layout;
    }

    String id() {
        return id;
    }

    Audience audience() {
        return audience;
    }

    Layout layout() {
        return layout;
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
