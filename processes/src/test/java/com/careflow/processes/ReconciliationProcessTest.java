package com.careflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.test.Deployment;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

import com.careflow.domain.process.ReconciliationProcess;

/**
 * reconciliation.bpmn on the test engine: the deployment schedules the nightly timer from the schedule bean (01:30,
 * {@link NightlySchedule}); moving the engine clock past it starts a run, a day with mismatches alerts operations,
 * a clean day ends without an alert, and each firing schedules the next night.
 */
@Deployment(resources = Models.RECONCILIATION)
class ReconciliationProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("operaton.cfg.xml").build();

    private static final String WORKER = "scripted";

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyNightARunStartsAndADayWithMismatchesAlertsOperations() {
        Job timer = nightlyTimer();
        LocalDateTime due = local(timer.getDuedate());
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(1, 30));
        assertThat(Duration.between(LocalDateTime.now(), due)).isPositive().isLessThanOrEqualTo(Duration.ofDays(1));

        String instance = fire(timer);
        LockedExternalTask run = onlyTask(ReconciliationProcess.JOB_RUN);
        assertThat(run.getActivityId()).isEqualTo("RunReconciliation");
        assertThat(run.getVariables()).doesNotContainKey(ReconciliationProcess.VAR_DAY); // the worker takes yesterday
        complete(run, Map.of(ReconciliationProcess.VAR_DAY, "2026-12-01", ReconciliationProcess.VAR_MISMATCHES, 3));
        LockedExternalTask alert = onlyTask(ReconciliationProcess.JOB_ALERT_OPERATIONS);
        assertThat(alert.getExtensionProperties()).containsEntry("alert", ReconciliationProcess.ALERT_MISMATCHES);
        assertThat(alert.getVariables()).containsEntry(ReconciliationProcess.VAR_DAY, "2026-12-01")
                .containsEntry(ReconciliationProcess.VAR_MISMATCHES, 3);
        complete(alert, Map.of());

        assertThat(ended(instance).getEndActivityId()).isEqualTo("MismatchesReported");
        assertThat(passed(instance)).containsExactly("EveryNight", "RunReconciliation", "AnyMismatch",
                "AlertOperations", "MismatchesReported");
        assertThat(local(nightlyTimer().getDuedate())).as("the next night").isEqualTo(due.plusDays(1));
    }

    @Test
    void aCleanDayEndsWithoutAnAlert() {
        String instance = fire(nightlyTimer());
        complete(onlyTask(ReconciliationProcess.JOB_RUN),
                Map.of(ReconciliationProcess.VAR_DAY, "2026-12-01", ReconciliationProcess.VAR_MISMATCHES, 0));

        assertThat(ended(instance).getEndActivityId()).isEqualTo("DayClean");
        assertThat(passed(instance)).containsExactly("EveryNight", "RunReconciliation", "AnyMismatch", "DayClean");
        assertThat(tasks().fetchAndLock(10, WORKER).topic(ReconciliationProcess.JOB_ALERT_OPERATIONS, 1000).execute())
                .isEmpty();
    }

    private Job nightlyTimer() {
        List<Job> timers = management().createJobQuery().timers().processDefinitionKey(ReconciliationProcess.PROCESS_ID)
                .list();
        assertThat(timers).as("the one nightly timer").hasSize(1);
        return timers.getFirst();
    }

    /** Moves the engine clock just past the timer and fires it, as the job executor would; answers the instance. */
    private String fire(Job timer) {
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        assertThat(management().createJobQuery().jobId(timer.getId()).executable().count()).isEqualTo(1);
        management().executeJob(timer.getId());
        List<HistoricProcessInstance> started = history().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReconciliationProcess.PROCESS_ID).unfinished().list();
        assertThat(started).hasSize(1);
        return started.getFirst().getId();
    }

    private LockedExternalTask onlyTask(String topic) {
        List<LockedExternalTask> locked = tasks().fetchAndLock(10, WORKER).topic(topic, 60_000)
                .includeExtensionProperties().execute();
        assertThat(locked).as("open %s tasks", topic).hasSize(1);
        return locked.getFirst();
    }

    private void complete(LockedExternalTask task, Map<String, Object> variables) {
        tasks().complete(task.getId(), WORKER, variables);
    }

    private HistoricProcessInstance ended(String instance) {
        HistoricProcessInstance done = history().createHistoricProcessInstanceQuery().processInstanceId(instance)
                .finished().singleResult();
        assertThat(done).as("instance %s finished", instance).isNotNull();
        return done;
    }

    private List<String> passed(String instance) {
        return history().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    /** The engine reads a cron in its JVM's zone. */
    private static LocalDateTime local(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    private static ManagementService management() {
        return ENGINE.getManagementService();
    }

    private static ExternalTaskService tasks() {
        return ENGINE.getExternalTaskService();
    }

    private static HistoryService history() {
        return ENGINE.getHistoryService();
    }
}
