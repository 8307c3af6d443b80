package com.careflow.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.reconciliation.Mismatch;
import com.careflow.domain.reconciliation.MismatchExplanations;
import com.careflow.domain.reconciliation.ReconciliationReport;
import com.careflow.domain.reconciliation.ReconciliationReports;

/**
 * Alerts operations that the daily reconciliation found mismatches: the same mail and in-app copy as the order
 * alerts ({@link OperationsNotifier}), about the day's report, each mismatch explained as the finance page explains
 * it, linking to that page. Texts get {0} the day and {1} how many mismatches.
 */
@Component
class ReconciliationNotifier {

    /** A mail lists this many; the page has them all. */
    static final int LISTED = 20;

    private final ReconciliationReports reports;
    private final MismatchExplanations explanations;
    private final MailTexts texts;
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final OperationsSettings settings;
    private final PortalLinks links;

    ReconciliationNotifier(ReconciliationReports reports, MismatchExplanations explanations, MailTexts texts,
            MailRenderer renderer, Deliveries deliveries, OperationsSettings settings, PortalLinks links) {
        this.reports = reports;
        this.explanations = explanations;
        this.texts = texts;
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.settings = settings;
        this.links = links;
    }

    /** Throws {@link InvalidNotificationException} without a report of the day, a MailException if SMTP fails. */
    void alert(String stepKey, String day) {
        if (day == null || day.isBlank()) {
            throw new InvalidNotificationException("variable reconciliationDay is missing");
        }
        ReconciliationReport report = reports.findById(day.strip()).orElseThrow(
                () -> new InvalidNotificationException("there is no reconciliation report of " + day));
        Locale locale = settings.locale();
        Recipient operations = new Recipient(settings.recipientId(), null, settings.email(), locale,
                links.reconciliation());
        MailTemplate template = MailTemplate.RECONCILIATION_MISMATCHES;
        deliveries.deliver(NotificationIds.ofStep(stepKey), template, null, operations,
                renderer.render(template, operations, letter(report, locale)));
    }

    private Letter letter(ReconciliationReport report, Locale locale) {
        Object[] args = { report.day(), report.mismatchCount() };
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(texts.get("mail.label.reconciliation-day", locale), report.day());
        rows.put(texts.get("mail.label.mismatch-count", locale), String.valueOf(report.mismatchCount()));
        rows.put(texts.get("mail.label.orders-checked", locale), String.valueOf(report.checked().orders()));
        List<String> items = new ArrayList<>();
        for (Mismatch mismatch : report.mismatches().subList(0, Math.min(LISTED, report.mismatchCount()))) {
            items.add(explanations.explain(mismatch, locale));
        }
        if (report.mismatchCount() > LISTED) {
            items.add(texts.get("mail.more-mismatches", locale, report.mismatchCount() - LISTED));
        }
        return new Letter(args, null, rows, new Letter.Reasons(texts.get("mail.label.mismatches", locale), items));
    }
}
