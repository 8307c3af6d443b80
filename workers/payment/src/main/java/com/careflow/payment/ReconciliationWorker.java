package com.careflow.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.careflow.domain.process.ReconciliationProcess;
import com.careflow.domain.reconciliation.Reconciler;
import com.careflow.domain.reconciliation.ReconciliationReport;
import com.careflow.domain.reconciliation.ReconciliationReports;
import com.careflow.worker.TopicWorker;

/**
 * Topic worker of the daily reconciliation (processes/reconciliation.bpmn, task RunReconciliation; behaviour in
 * features/reconciliation.feature). It lives with the payment worker because that module owns the payment records
 * the reconciliation compares (through {@link ReconciledPayments}); orders, ledger and statements it reads from the
 * shared domain. A redelivered task recomputes and replaces the same day's report, so it is harmless. Public because
 * the topic subscription invokes the method reflectively.
 */
@Component
public class ReconciliationWorker {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationWorker.class);

    private final Reconciler reconciler;
    private final PaymentProperties properties;

    ReconciliationWorker(MongoTemplate mongo, ReconciledPayments payments, ReconciliationReports reports, Clock clock,
            PaymentProperties properties) {
        this.reconciler = new Reconciler(mongo, payments, reports, clock);
        this.properties = properties;
    }

    /** Reconciles the day named by the variable, or yesterday; hands back the day and its mismatch count. */
    @TopicWorker(ReconciliationProcess.JOB_RUN)
    public ReconciliationOutcome run(ReconciliationInput input) {
        LocalDate day = dayOf(input);
        try {
            ReconciliationReport report = reconciler.reconcile(day);
            log.info("Reconciliation of {}: {} mismatch(es) over {}", day, report.mismatchCount(), report.checked());
            return new ReconciliationOutcome(report.day(), report.mismatchCount());
        } catch (RuntimeException technical) {
            log.warn("Reconciling {} failed; the engine will retry", day, technical);
            throw JobFailures.retryLater("Reconciling " + day + " failed, will retry: " + technical.getMessage(),
                    properties.retryBackoff(), technical);
        }
    }

    private LocalDate dayOf(ReconciliationInput input) {
        String day = input.reconciliationDay();
        if (day == null || day.isBlank()) {
            return reconciler.yesterday();
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw JobFailures.hopeless("Cannot reconcile: variable " + ReconciliationProcess.VAR_DAY
                    + " must be a date like 2026-12-01, was '" + day + "'");
        }
    }

    /** The process variables the run reads: the day to reconcile, absent for yesterday. */
    public record ReconciliationInput(String reconciliationDay) {
    }

    /** Variables the run hands back: the day reconciled and how many mismatches its report has. */
    public record ReconciliationOutcome(String reconciliationDay, Integer mismatchCount) {
    }
}
