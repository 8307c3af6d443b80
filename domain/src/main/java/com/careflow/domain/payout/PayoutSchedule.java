package com.careflow.domain.payout;

/**
 * When the weekly settlement starts: {@code careflow.payout.schedule}, a cron expression of the engine's timer
 * cycles (seconds first; default Mondays 02:00, after the week's cut-off at Monday 00:00). The payout-settlement
 * process's timer start event reads it as {@code ${payoutSchedule.cycle}} when the engine schedules the timer
 * (deployment); the engine evaluates the cron in its JVM's time zone. The engine host declares the bean (named
 * {@link com.careflow.domain.process.PayoutProcess#SCHEDULE_BEAN}), since it must exist wherever the model deploys.
 */
public class PayoutSchedule {

    public static final String DEFAULT_CYCLE = "0 0 2 ? * MON";

    private final String cycle;

    public PayoutSchedule(String cycle) {
        if (cycle == null || cycle.isBlank()) {
            throw new IllegalArgumentException("careflow.payout.schedule needs a cron expression, e.g. "
                    + DEFAULT_CYCLE);
        }
        this.cycle = cycle.strip();
    }

    public String getCycle() {
        return cycle;
    }
}
