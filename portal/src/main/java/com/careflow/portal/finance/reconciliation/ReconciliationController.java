package com.careflow.portal.finance.reconciliation;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.careflow.domain.reconciliation.MismatchExplanations;
import com.careflow.domain.reconciliation.ReconciliationReports;

/**
 * Finance's daily reconciliation reports (processes/reconciliation.bpmn stores one per day), newest first: a clean
 * day says so, a day with mismatches explains each in the reader's language. Read-only; finance and admin.
 */
@Controller
class ReconciliationController {

    private final ReconciliationReports reports;
    private final MismatchExplanations explanations;

    ReconciliationController(ReconciliationReports reports, MismatchExplanations explanations) {
        this.reports = reports;
        this.explanations = explanations;
    }

    @GetMapping("/finance/reconciliation")
    String reports(Model model, Locale locale) {
        model.addAttribute("reports", reports.findTop60ByOrderByDayDesc().stream()
                .map(report -> ReportView.of(report, explanations, locale)).toList());
        return "finance/reconciliation";
    }
}
