package com.careflow.portal.health.alert;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import com.careflow.domain.health.alert.CallBackOutcome;
import com.careflow.domain.health.alert.HealthAlert;
import com.careflow.domain.health.alert.HealthAlerts;
import com.careflow.domain.process.HealthAlertProcess;
import com.careflow.worker.JobRunner;
import com.careflow.worker.TopicWorker;

/**
 * The portal's step of the health-alert process: the call-back's outcome goes on the customer's record. A
 * redelivered task finds the alert closed and leaves it. Public because the topic subscription invokes it
 * reflectively.
 */
@Component
public class HealthAlertWorkers {

    private final HealthAlerts alerts;
    private final Clock clock;
    private final JobRunner jobs = new JobRunner(Duration.ofSeconds(10));

    HealthAlertWorkers(HealthAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    /** The variables the step reads: the reading and what the consultant recorded. */
    public record Outcome(String readingId, String callBackOutcome, String callBackNote, String consultantName) {
    }

    @TopicWorker(HealthAlertProcess.JOB_RECORD_OUTCOME)
    public void recordOutcome(Outcome outcome) {
        jobs.run("record the call-back outcome of " + outcome.readingId(), () -> {
            HealthAlert alert = alerts.findById(JobRunner.required(HealthAlertProcess.VAR_READING_ID,
                    outcome.readingId())).orElseThrow(() -> new IllegalArgumentException("crisis reading "
                            + outcome.readingId() + " has no alert"));
            if (alert.isOpen()) {
                alerts.save(alert.closed(CallBackOutcome.valueOf(JobRunner.required(HealthAlertProcess.VAR_OUTCOME,
                        outcome.callBackOutcome())), outcome.callBackNote(), outcome.consultantName(),
                        clock.instant()));
            }
        });
    }
}
