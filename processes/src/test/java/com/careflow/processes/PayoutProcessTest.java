package com.careflow.processes;

import static com.careflow.domain.process.PayoutProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.test.Deployment;

import com.careflow.domain.process.PayoutProcess;

/**
 * payout.bpmn: the weekly timer (moving the engine clock) settles and starts one payout per statement; a payout at
 * or below the threshold is paid automatically, above it after finance approves; a rejection pays nothing; a failed
 * transfer is retried, then raises an incident; the bank's return takes the return path.
 */
@Deployment(resources = Models.PAYOUT)
class PayoutProcessTest extends ProcessTest {

    private static final String TRANSFER = "TransferPayout";
    private static final ZoneId ENGINE_ZONE = ZoneId.systemDefault(); // the engine evaluates its cron in it
    /** A Sunday: the weekly run is due Monday 02:00. */
    private static final LocalDateTime SUNDAY_NOON = LocalDateTime.parse("2026-11-29T12:00:00");

    @BeforeEach
    void pinTheClock() {
        driver.pinClock(at(SUNDAY_NOON));
    }

    @Test
    void theWeeklyTimerSettlesAndStartsOnePayoutPerStatementUnderItsId() {
        Scenario week = driver.scenario(null).on(PayoutProcess.JOB_SETTLE,
                Reply.complete(Map.of(PayoutProcess.VAR_STATEMENT_COUNT, 2, PayoutProcess.statementVariable(0),
                        "p1:2026-11-23", PayoutProcess.statementVariable(1), "p2:2026-11-23")));
        Scenario first = driver.scenario("p1:2026-11-23");
        Scenario second = driver.scenario("p2:2026-11-23");

        Instant due = nextWeeklyRun();
        assertThat(LocalDateTime.ofInstant(due, ENGINE_ZONE)).satisfies(run -> {
            assertThat(run.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(run.toLocalTime()).isEqualTo(LocalTime.of(2, 0));
        });
        driver.moveClockTo(due.minusSeconds(60));
        assertThat(week.elements()).as("not due before Monday 02:00").isEmpty();
        driver.moveClockTo(due);

        assertThat(week.elements()).containsExactly("SettleWeek");
        assertThat(first.elements()).containsExactly("PreparePayout", "RecordApproval", TRANSFER, "TellPaid");
        assertThat(first.last("PreparePayout").variables()).containsEntry(PayoutProcess.VAR_STATEMENT_ID,
                "p1:2026-11-23");
        assertThat(second.last(TRANSFER).variables()).containsEntry(PayoutProcess.VAR_STATEMENT_ID,
                "p2:2026-11-23");
        assertThat(first.last("TellPaid").header("template")).isEqualTo(PayoutProcess.TEMPLATE_PAID);

        driver.moveClockTo(due.plus(Duration.ofDays(2)));
        assertThat(first.elements()).endsWith("CheckTransfer");
        assertThat(driver.instancesOf(PROCESS_ID, "p1:2026-11-23")).singleElement()
                .extracting(HistoricProcessInstance::getEndActivityId).isEqualTo("PayoutConfirmed");
        assertThat(settlementRuns()).singleElement()
                .extracting(HistoricProcessInstance::getEndActivityId).isEqualTo("WeekSettled");
    }

    @Test
    void aWeekOfManyProvidersStartsOnePayoutEachWhateverTheNumber() {
        int providers = 120; // their ids together are far longer than a text variable's 4,000 characters
        Map<String, Object> settled = new HashMap<>();
        settled.put(PayoutProcess.VAR_STATEMENT_COUNT, providers);
        for (int i = 0; i < providers; i++) {
            settled.put(PayoutProcess.statementVariable(i), "5b0c2a4e-7d1f-4c8e-9a3b-" + String.format("%012d", i)
                    + ":2026-11-23");
        }
        driver.scenario(null).on(PayoutProcess.JOB_SETTLE, Reply.complete(settled));

        driver.moveClockTo(nextWeeklyRun());

        assertThat(ENGINE.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .list()).extracting(HistoricProcessInstance::getBusinessKey).hasSize(providers)
                .doesNotHaveDuplicates().contains("5b0c2a4e-7d1f-4c8e-9a3b-000000000119:2026-11-23");
    }

    @Test
    void aWeekWithoutStatementsEndsAtOnce() {
        Scenario week = driver.scenario(null); // the ordinary answer: no statements

        driver.moveClockTo(nextWeeklyRun());

        assertThat(week.elements()).containsExactly("SettleWeek");
        assertThat(nextWeeklyRun()).as("the next week's run").isAfter(ClockUtil.getCurrentTime().toInstant());
        assertThat(settlementRuns()).singleElement()
                .extracting(HistoricProcessInstance::getEndActivityId).isEqualTo("WeekSettled");
        assertThat(ENGINE.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .count()).isZero();
    }

    @Test
    void aPayoutAboveTheThresholdWaitsForFinanceAndIsPaidAfterApproval() {
        Scenario payout = driver.scenario("p1:2026-11-23").on("PreparePayout", aboveThreshold());
        String id = driver.start(PROCESS_ID, payout, statement(payout));

        Task task = driver.userTask(payout.businessKey());
        assertThat(task.getTaskDefinitionKey()).isEqualTo(PayoutProcess.TASK_APPROVE);
        assertThat(ENGINE.getTaskService().getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(PayoutProcess.FINANCE_GROUP));
        assertThat(payout.elements()).containsExactly("PreparePayout");

        driver.completeUserTask(task, decision(true, null));

        assertThat(payout.elements()).containsExactly("PreparePayout", "RecordApproval", TRANSFER, "TellPaid");
        assertThat(payout.last("RecordApproval").variables()).containsEntry(PayoutProcess.VAR_DECIDED_BY, "fin-1");
        assertThat(driver.waitsAt(id)).containsExactly("ConfirmationDue");
    }

    @Test
    void aRejectedPayoutIsNotTransferredAndTheProviderIsTold() {
        Scenario payout = driver.scenario("p1:2026-11-23").on("PreparePayout", aboveThreshold());
        String id = driver.start(PROCESS_ID, payout, statement(payout));

        driver.completeUserTask(driver.userTask(payout.businessKey()), decision(false, "银行账户未验证"));

        assertThat(driver.endedAt(id)).isEqualTo("PayoutRejected");
        assertThat(payout.jobs()).containsExactly("payout.prepare", "payout.reject",
                "notify.provider[payout-rejected]");
        assertThat(payout.last("RejectPayout").variables()).containsEntry(PayoutProcess.VAR_DECISION_REASON,
                "银行账户未验证");
    }

    @Test
    void aFailedTransferIsRetriedAndPaidOnce() {
        Scenario payout = driver.scenario("p1:2026-11-23").on(TRANSFER,
                Reply.failure("Transfer of statement p1:2026-11-23 failed, will retry", 2), Reply.asUsual());
        String id = driver.start(PROCESS_ID, payout, statement(payout));

        assertThat(payout.count(TRANSFER)).isEqualTo(2);
        assertThat(driver.passed(payout.businessKey()).stream().filter(TRANSFER::equals)).hasSize(1);
        assertThat(driver.waitsAt(id)).containsExactly("ConfirmationDue");
    }

    @Test
    void aTransferFailingEveryRetryRaisesAnIncidentWithTheWorkersMessage() {
        Scenario payout = driver.scenario("p1:2026-11-23").on(TRANSFER,
                Reply.failure("Transfer of statement p1:2026-11-23 failed: gateway processing error", 0));
        String id = driver.start(PROCESS_ID, payout, statement(payout));

        List<Incident> incidents = ENGINE.getRuntimeService().createIncidentQuery().processInstanceId(id).list();
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo(TRANSFER);
            assertThat(incident.getIncidentMessage()).contains("gateway processing error");
        });
        assertThat(payout.elements()).doesNotContain("TellPaid");
    }

    @Test
    void aTransferTheBankReturnsTakesTheReturnPathAndTellsTheProvider() {
        Scenario payout = driver.scenario("p1:2026-11-23").on("CheckTransfer",
                Reply.complete(PayoutProcess.VAR_RETURNED, true));
        String id = driver.start(PROCESS_ID, payout, statement(payout));

        driver.moveClockTo(at(SUNDAY_NOON.plusDays(2)));

        assertThat(driver.endedAt(id)).isEqualTo("PayoutReturned");
        assertThat(payout.jobs()).endsWith("payout.transfer", "notify.provider[payout-paid]", "payout.confirm",
                "notify.provider[payout-returned]");
    }

    /** When the weekly timer fires next (scheduled by the engine from the cron when the model was deployed). */
    private static Instant nextWeeklyRun() {
        return ENGINE.getManagementService().createJobQuery()
                .processDefinitionKey(PayoutProcess.SETTLEMENT_PROCESS_ID).timers().singleResult().getDuedate()
                .toInstant();
    }

    private static List<HistoricProcessInstance> settlementRuns() {
        return ENGINE.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PayoutProcess.SETTLEMENT_PROCESS_ID).list();
    }

    private static Reply aboveThreshold() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PayoutProcess.VAR_APPROVAL_REQUIRED, true);
        variables.put("reviewDueDate", "2026-12-01T12:00:00+08:00");
        variables.put("reviewFollowUpDate", "2026-11-30T12:00:00+08:00");
        variables.put("reviewPriority", 60);
        return Reply.complete(variables);
    }

    private static Map<String, Object> decision(boolean approved, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PayoutProcess.VAR_APPROVED, approved);
        variables.put(PayoutProcess.VAR_DECIDED_BY, "fin-1");
        variables.put(PayoutProcess.VAR_DECISION_REASON, reason);
        return variables;
    }

    private static Map<String, Object> statement(Scenario payout) {
        return Map.of(PayoutProcess.VAR_STATEMENT_ID, payout.businessKey());
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(ENGINE_ZONE).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
