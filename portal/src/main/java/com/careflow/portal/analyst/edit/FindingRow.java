package com.careflow.portal.analyst.edit;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.careflow.portal.analyst.lint.LintFinding;
import com.careflow.portal.analyst.lint.LintReport;

/** A lint finding as the editor lists it and marks it on its element. */
record FindingRow(String elementId, String severity, String rule, String text) {

    static List<FindingRow> of(LintReport report, MessageSource messages, Locale locale) {
        return report.findings().stream()
                .map(finding -> new FindingRow(finding.elementId(), finding.severity().name().toLowerCase(Locale.ROOT),
                        finding.rule(), text(finding, messages, locale)))
                .toList();
    }

    /** CareFlow's rules speak in message keys; bpmnlint's texts come as bpmnlint wrote them (English). */
    private static String text(LintFinding finding, MessageSource messages, Locale locale) {
        return messages.getMessage(finding.message(), finding.arguments().toArray(), finding.message(), locale);
    }
}
