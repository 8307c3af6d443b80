package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.ReadingSource;
import com.careflow.domain.health.ReadingType;
import com.careflow.domain.health.alert.HealthAlerts;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.Notifications;
import com.careflow.domain.process.HealthAlertProcess;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * features/health-alert.feature: the customer (demo user customer, 王芳), the consultant (demo user consultant,
 * 刘敏) and operations, each in their own browser. Readings are saved through {@link HealthRecords}, as the
 * health-records form saves them, so a crisis reading starts the alert process the same way.
 */
public class HealthAlertSteps {

    private static final String CUSTOMER = "customer";
    private static final String CONSULTANT = "consultant";
    private static final Duration TIMEOUT = ServiceOrderSteps.PROCESS_TIMEOUT;

    private final SignedInUsers users;
    private final KeycloakUsers keycloak;
    private final HealthRecords records;
    private final HealthAlerts alerts;
    private final Notifications notifications;
    private final UserTasks userTasks;
    private final PlatformTime time;
    private final OperationsSteps operations;
    private final Notices notices;
    private String readingId;
    private Instant recordedAt;

    public HealthAlertSteps(SignedInUsers users, KeycloakUsers keycloak, HealthRecords records, HealthAlerts alerts,
            Notifications notifications, UserTasks userTasks, PlatformTime time,
            OperationsSteps operations, Notices notices) {
        this.users = users;
        this.keycloak = keycloak;
        this.records = records;
        this.alerts = alerts;
        this.notifications = notifications;
        this.userTasks = userTasks;
        this.time = time;
        this.operations = operations;
        this.notices = notices;
    }

    @Given("customer 王芳 recorded a blood pressure of {int}\\/{int} mmHg")
    public void crisisReading(int systolic, int diastolic) {
        customer("/health/alerts"); // signed in once, so the directory knows her address and language
        String customerId = keycloak.idOf(CUSTOMER);
        recordedAt = time.now();
        readingId = records.record(new Reading(null, customerId, ReadingType.BLOOD_PRESSURE, recordedAt,
                ReadingSource.MANUAL, null, systolic, diastolic, 96, null, null, null, null, null)).id();
    }

    @Then("王芳 has a notice telling her what to do now")
    public void customerNotice() {
        String customerId = keycloak.idOf(CUSTOMER);
        notices.awaitShown(customer("/notifications"), customerId, HealthAlertProcess.TEMPLATE_CRISIS_ADVICE,
                TIMEOUT);
        assertThat(notifications.findTop50ByRecipientIdAndChannelOrderByCreatedAtDesc(customerId,
                NotificationChannel.IN_APP)).filteredOn(n -> HealthAlertProcess.TEMPLATE_CRISIS_ADVICE.equals(
                        n.getTemplate())).first().satisfies(n -> assertThat(n.getBody()).contains("立即拨打 120",
                                "30 分钟内给您回电"));
    }

    @And("王芳 receives an email about the crisis reading")
    public void customerMail() {
        Browser browser = customer("/mail");
        browser.await(d -> {
            browser.open("/mail");
            return d.findElements(By.cssSelector("[data-mail-subject]")).stream()
                    .filter(e -> e.getText().contains("危急范围")).findFirst().orElse(null);
        }, TIMEOUT);
    }

    @And("the call-back waits in consultant 刘敏's inbox, due 30 minutes after the reading")
    public void callBackWaits() {
        UserTask task = callBack();
        assertThat(task.candidateGroups()).containsExactly(HealthAlertProcess.GROUP);
        assertThat(Duration.between(recordedAt, task.dueDate()).abs()).isLessThan(Duration.ofMinutes(31))
                .isGreaterThan(Duration.ofMinutes(29));
        Browser consultant = users.current(CONSULTANT, "careflow", "/tasks");
        consultant.open("/tasks?view=unassigned");
        assertThat(consultant.find(By.id("task-" + task.id())).getText()).contains("危急读数回电");
    }

    @Then("operations are alerted that nobody claimed the call-back")
    public void operationsAlerted() {
        ProviderSteps.await(() -> notifications.findTop50ByRecipientIdAndChannelOrderByCreatedAtDesc("operations",
                NotificationChannel.IN_APP).stream().anyMatch(n -> HealthAlertProcess.ALERT_CALL_BACK_UNCLAIMED
                        .equals(n.getTemplate()) && n.getBody().contains(readingId)) ? true : null,
                "operations' in-app alert of " + readingId);
        ProviderSteps.await(() -> operations.mailMentions(readingId) ? true : null,
                "operations' mail about " + readingId);
    }

    @And("the call-back is still open")
    public void stillOpen() {
        assertThat(callBack().isOpen()).isTrue();
    }

    @When("consultant 刘敏 records the call-back as {string} with the note {string}")
    public void recordOutcome(String outcome, String note) {
        UserTask task = callBack();
        Browser consultant = users.current(CONSULTANT, "careflow", "/tasks");
        consultant.open("/tasks/" + task.id());
        assertThat(consultant.find(By.id("call-back-reading")).getText()).contains("192", "126");
        consultant.click("claim-button");
        consultant.find(By.cssSelector("#task-notice[data-notice='claimed']"));
        consultant.click("outcome-" + outcome);
        consultant.type("note", note);
        consultant.clickToLeavePage("record-call-back-button");
        ProviderSteps.await(() -> alerts.findById(readingId).filter(a -> !a.isOpen()).orElse(null),
                "the outcome of " + readingId + " on the customer's record");
    }

    @Then("王芳 sees the call-back's outcome {string} on her health alerts")
    public void customerSeesOutcome(String outcome) {
        Browser browser = customer("/health/alerts");
        // the one way in: her health records, then their alerts tab
        browser.open("/health");
        browser.clickToLeavePage("health-tab-alerts");
        assertThat(browser.find(By.id("health-tab-alerts")).getAttribute("aria-current")).isEqualTo("page");
        String row = browser.find(By.id("alert-" + readingId)).getText();
        assertThat(row).contains(outcome, "建议立即前往医院急诊", "收缩压 192 / 舒张压 126 mmHg");
    }

    @Given("customer 王芳 recorded blood pressure readings every other day for 30 days")
    public void readingsOverAMonth() {
        customer("/health/interpretations");
        String customerId = keycloak.idOf(CUSTOMER);
        Instant now = time.now();
        List<Reading> month = new ArrayList<>();
        for (int day = 1; day <= 29; day += 2) {
            month.add(new Reading(null, customerId, ReadingType.BLOOD_PRESSURE,
                    now.minus(Duration.ofDays(day)), ReadingSource.DEVICE, null, 128 + day % 7, 84, 72, null, null,
                    null, null, null));
        }
        records.importAll(month);
    }

    @When("王芳 asks for an interpretation of the last {int} days")
    public void askForInterpretation(int days) {
        Browser browser = customer("/health/interpretations");
        browser.open("/health");
        browser.clickToLeavePage("health-tab-interpretations");
        browser.click("period-" + days);
        browser.clickToLeavePage("request-interpretation-button");
    }

    @Then("the interpretation appears with its findings, interpreted by the platform's rules")
    public void interpretationAppears() {
        Browser browser = customer("/health/interpretations");
        // the page waits for the answer and reloads itself
        browser.await(d -> d.findElements(By.id("interpretation-summary")).isEmpty() ? null : true, TIMEOUT);
        assertThat(browser.find(By.id("interpretation-findings")).getText()).contains("血压平均");
        assertThat(browser.find(By.id("interpretation-interpreter")).getText()).isEqualTo("平台内置规则");
    }

    @And("it carries the note {string}")
    public void note(String text) {
        assertThat(customer("/health/interpretations").find(By.id("interpretation-note")).getText()).contains(text);
    }

    private Browser customer(String startPath) {
        return users.current(CUSTOMER, "careflow", startPath);
    }

    /** The call-back task of the scenario's reading, once the process opened it. */
    private UserTask callBack() {
        return ProviderSteps.await(() -> userTasks.findByBusinessKey(readingId).stream()
                .filter(t -> t.elementId().equals(HealthAlertProcess.TASK_CALL_BACK)).findFirst().orElse(null),
                "the call-back task of " + readingId);
    }
}
