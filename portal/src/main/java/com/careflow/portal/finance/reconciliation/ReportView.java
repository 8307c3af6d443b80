package com.careflow.portal.finance.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.careflow.domain.reconciliation.ChecksCount;
import com.careflow.domain.reconciliation.MismatchExplanations;
import com.careflow.domain.reconciliation.MismatchKind;
import com.careflow.domain.reconciliation.ReconciliationReport;

/** One day's report on the page, its mismatches explained. Public for the template. */
public record ReportView(String day, ChecksCount checked, int runs, Instant lastRunAt, List<MismatchView> mismatches) {

    static ReportView of(ReconciliationReport report, MismatchExplanations explanations, Locale locale) {
        return new ReportView(report.day(), report.checked(), report.runs(), report.lastRunAt(),
                report.mismatches().stream().map(m -> new MismatchView(m.kind(), m.subject(),
                        explanations.explain(m, locale))).toList());
    }

    public boolean clean() {
        return mismatches.isEmpty();
    }

    /** One mismatch: its kind (a short label on the page), what it is about, and the full explanation. */
    public record MismatchView(MismatchKind kind, String subject, String explanation) {
    }
}
