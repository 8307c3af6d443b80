package com.careflow.processes;

/**
 * The test engine's stand-in for the engine host's {@code reconciliationSchedule} bean: the nightly cron
 * processes/reconciliation.bpmn starts by (Quartz syntax: second minute hour day month weekday), at 01:30.
 */
public class NightlySchedule {

    static final String CRON = "0 30 1 * * ?";

    public String getCron() {
        return CRON;
    }
}
