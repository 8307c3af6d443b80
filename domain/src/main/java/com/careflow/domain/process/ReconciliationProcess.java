package com.careflow.domain.process;

/**
 * Ids the daily reconciliation BPMN (processes/reconciliation.bpmn) and its workers agree on. A timer starts it
 * every night ({@code careflow.reconciliation.schedule}, a cron expression the engine resolves from the Spring
 * environment); {@code reconciliation.run} (payment worker) reconciles the day and reports its mismatches, and when
 * there are any operations is alerted over the notify worker's {@code notify.operations} topic. Behaviour:
 * features/reconciliation.feature.
 */
public final class ReconciliationProcess {

    public static final String PROCESS_ID = "reconciliation";

    public static final String JOB_RUN = "reconciliation.run";
    public static final String JOB_ALERT_OPERATIONS = GrabOrderProcess.JOB_ALERT_OPERATIONS;

    /** The operations alert's {@code alert} property: the day's report has mismatches. */
    public static final String ALERT_MISMATCHES = "reconciliation-mismatches";

    /** Optional input: the day to reconcile (ISO date); absent, the run takes yesterday in the platform zone. */
    public static final String VAR_DAY = "reconciliationDay";
    /** Output of the run: how many mismatches the day's report has (Integer). */
    public static final String VAR_MISMATCHES = "mismatchCount";

    private ReconciliationProcess() {
    }
}
