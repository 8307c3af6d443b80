package com.careflow.engine.host;

/**
 * When the daily reconciliation starts: processes/reconciliation.bpmn's timer start event reads
 * {@code ${reconciliationSchedule.cron}} from this bean ({@code careflow.reconciliation.schedule}, a Quartz-style
 * cron — second minute hour day month weekday — in the engine JVM's time zone). The engine evaluates it when it
 * schedules the timer: at the model's deployment, then for every next night.
 */
public class ReconciliationSchedule {

    private final String cron;

    ReconciliationSchedule(String cron) {
        if (cron == null || cron.isBlank()) {
            throw new IllegalArgumentException("careflow.reconciliation.schedule must be a cron expression");
        }
        this.cron = cron.strip();
    }

    public String getCron() {
        return cron;
    }
}
