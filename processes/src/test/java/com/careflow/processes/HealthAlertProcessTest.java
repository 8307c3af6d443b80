package com.careflow.processes;

import static com.careflow.domain.process.HealthAlertProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;

import com.careflow.domain.process.HealthAlertProcess;
import com.careflow.domain.process.HealthInterpretationProcess;

/**
 * health-alert.bpmn: the customer is told at once, the call-back task goes to the consultants due in 30 minutes, an
 * unclaimed task alerts operations after 30 minutes (and stays open), a claimed one does not, and the outcome is
 * recorded. health-interpretation.bpmn: the ai worker's one step.
 */
class HealthAlertProcessTest extends ProcessTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private Instant now;

    @BeforeEach
    void pinTheClock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        driver.pinClock(now);
    }

    @Test
    void nobodyClaimsTheCallBackSoOperationsAreAlertedAndTheTaskStaysOpen() {
        Scenario reading = driver.scenario("RD-CRISIS-1");
        String id = driver.start(PROCESS_ID, reading, crisis(reading));

        assertThat(reading.jobs()).containsExactly("notify.health[health-crisis-advice]");
        assertThat(reading.last("TellCustomer").variables()).containsEntry("customerId", "cust-1");
        Task callBack = driver.userTask(reading.businessKey());
        assertThat(callBack.getTaskDefinitionKey()).isEqualTo(HealthAlertProcess.TASK_CALL_BACK);
        assertThat(callBack.getDueDate()).isEqualTo(Date.from(now.plus(HALF_HOUR)));
        assertThat(callBack.getPriority()).isEqualTo(90);
        assertThat(ENGINE.getTaskService().getIdentityLinksForTask(callBack.getId()))
                .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .extracting(IdentityLink::getGroupId).containsExactly("consultant");

        driver.moveClockTo(now.plus(HALF_HOUR).minusSeconds(1));
        assertThat(reading.jobs()).as("not yet").doesNotContain("notify.operations[health-call-back-unclaimed]");
        driver.moveClockTo(now.plus(HALF_HOUR).plusSeconds(1));

        assertThat(reading.jobs()).containsExactly("notify.health[health-crisis-advice]",
                "notify.operations[health-call-back-unclaimed]");
        assertThat(reading.last("AlertOperations").variables()).containsEntry("readingId", "RD-CRISIS-1");
        assertThat(driver.passed(reading.businessKey())).contains("CallBackWaiting", "Claimed", "Escalated");
        assertThat(driver.waitsAt(id)).as("the call-back is still to be made").containsExactly("CallBack");

        ENGINE.getTaskService().claim(callBack.getId(), "consultant-1");
        driver.completeUserTask(callBack, outcome("NOT_REACHABLE", "三次未接通"));

        assertThat(driver.endedAt(id)).isEqualTo("OutcomeRecorded");
        assertThat(reading.last("RecordOutcome").variables()).containsEntry("callBackOutcome", "NOT_REACHABLE")
                .containsEntry("callBackNote", "三次未接通").containsEntry("consultantName", "刘医生")
                .containsEntry("readingId", "RD-CRISIS-1");
    }

    @Test
    void aClaimedCallBackIsNotEscalatedAndItsOutcomeRecorded() {
        Scenario reading = driver.scenario("RD-CRISIS-2");
        String id = driver.start(PROCESS_ID, reading, crisis(reading));
        Task callBack = driver.userTask(reading.businessKey());

        driver.moveClockTo(now.plus(Duration.ofMinutes(10)));
        ENGINE.getTaskService().claim(callBack.getId(), "consultant-1");
        driver.moveClockTo(now.plus(HALF_HOUR).plusSeconds(1));

        assertThat(driver.passed(reading.businessKey())).contains("CallBackWaiting", "ClaimedInTime")
                .doesNotContain("AlertOperations");
        assertThat(driver.variables(id)).containsEntry("callBackAssignee", "consultant-1");
        driver.completeUserTask(callBack, outcome("ADVISED_HOSPITAL", "已建议立即就医"));

        assertThat(driver.endedAt(id)).isEqualTo("OutcomeRecorded");
        assertThat(reading.jobs()).containsExactly("notify.health[health-crisis-advice]", "health.record-outcome");
    }

    @Test
    void aCallBackClaimedAndGivenBackCountsAsUnclaimed() {
        Scenario reading = driver.scenario("RD-CRISIS-3");
        driver.start(PROCESS_ID, reading, crisis(reading));
        Task callBack = driver.userTask(reading.businessKey());

        ENGINE.getTaskService().claim(callBack.getId(), "consultant-1");
        ENGINE.getTaskService().setAssignee(callBack.getId(), null);
        driver.moveClockTo(now.plus(HALF_HOUR).plusSeconds(1));

        assertThat(reading.jobs()).contains("notify.operations[health-call-back-unclaimed]");
    }

    @Test
    void anInterpretationIsOneStepOfTheAiWorker() {
        Scenario request = driver.scenario("INT-1");
        String id = driver.start(HealthInterpretationProcess.PROCESS_ID, request,
                Map.of(HealthInterpretationProcess.VAR_INTERPRETATION_ID, "INT-1"));

        assertThat(driver.endedAt(id)).isEqualTo("InterpretationStored");
        assertThat(request.jobs()).containsExactly("ai.interpret-readings");
        assertThat(request.last("Interpret").variables()).containsEntry("interpretationId", "INT-1");
    }

    /** What the portal starts the process with for a CrisisReadingRecorded. */
    private Map<String, Object> crisis(Scenario reading) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(HealthAlertProcess.VAR_READING_ID, reading.businessKey());
        variables.put(HealthAlertProcess.VAR_CUSTOMER_ID, "cust-1");
        variables.put(HealthAlertProcess.VAR_CALL_BACK_DUE, Date.from(now.plus(HALF_HOUR)));
        variables.put(HealthAlertProcess.VAR_CALL_BACK_ASSIGNEE, null);
        return variables;
    }

    private static Map<String, Object> outcome(String outcome, String note) {
        return Map.of(HealthAlertProcess.VAR_OUTCOME, outcome, HealthAlertProcess.VAR_OUTCOME_NOTE, note,
                HealthAlertProcess.VAR_CONSULTANT_ID, "consultant-1", HealthAlertProcess.VAR_CONSULTANT_NAME, "刘医生");
    }
}
