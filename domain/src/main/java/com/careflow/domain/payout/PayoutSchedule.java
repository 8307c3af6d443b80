package com.careflow.domain.payout;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.careflow.domain.process.PayoutProcess;

/**
 * When the weekly settlement starts: {@code careflow.payout.schedule}, a cron expression of the engine's timer
 * cycles (seconds first; default Mondays 02:00, after the week's cut-off at Monday 00:00). The payout-settlement
 * process's timer start event reads it as {@code ${payoutSchedule.cycle}} when the engine schedules the timer
 * (deployment); the engine evaluates the cron in its JVM's time zone.
 */
@Component(PayoutProcess.SCHEDULE_BEAN)
public class PayoutSchedule {

    public static final String DEFAULT_CYCLE = "0 0 2 ? * MON";

    private final String cycle;

    public PayoutSchedule(@Value("${careflow.payout.schedule:" + DEFAULT_CYCLE + "}") String cycle) {
        this.cycle = cycle;
    }

    public String getCycle() {
        return cycle;
    }
}
