package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.process.ContentReviewProcess;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * The reviewers' side (features/reviewer-inbox.feature, and the decisions of content review and certification):
 * each reviewer in a browser of their own, working /tasks as a person would. The task of a scenario is found in the
 * engine ({@link UserTasks}), by the business key of its instance, and then opened in the inbox.
 */
public class InboxSteps {

    /** Reviewers by the name the portal shows (Keycloak: family name first), and their usernames. */
    private static final Map<String, String> REVIEWERS = Map.of("张伟", "reviewer", "赵敏", "reviewer2",
            "孙丽", "finance");

    private final SignedInUsers users;
    private final UserTasks userTasks;
    private final KeycloakUsers keycloak;
    private final Notices notices;
    private final PlatformTime time;
    private final List<UserTask> tasks = new ArrayList<>();
    private final Map<String, String> tabs = new HashMap<>();
    private Browser lastUsed;

    public InboxSteps(SignedInUsers users, UserTasks userTasks, KeycloakUsers keycloak, Notices notices,
            PlatformTime time) {
        this.users = users;
        this.userTasks = userTasks;
        this.keycloak = keycloak;
        this.notices = notices;
        this.time = time;
    }

    /**
     * Waits for the open user task {@code elementId} of the instance of {@code businessKey} (a content id, an
     * application id), and makes it the scenario's latest.
     */
    UserTask awaitOpenTask(String elementId, String businessKey) {
        UserTask task = ProviderSteps.await(() -> userTasks.findByBusinessKey(businessKey).stream()
                .filter(t -> t.elementId().equals(elementId) && t.isOpen()).findFirst().orElse(null),
                "the open task " + elementId + " of " + businessKey);
        tasks.add(task);
        return task;
    }

    /** The task as the engine has it now. */
    UserTask reload(UserTask task) {
        return userTasks.findById(task.id()).orElseThrow();
    }

    /** The scenario's latest task (e.g. "the post's review"). */
    UserTask task() {
        assertThat(tasks).as("a task of this scenario").isNotEmpty();
        return tasks.getLast();
    }

    /** Reviewer {@code name} decides the open task {@code elementId} of {@code businessKey} in the inbox. */
    void decide(String reviewer, String elementId, String businessKey, boolean approve, String reasonLabel) {
        UserTask task = awaitOpenTask(elementId, businessKey);
        Browser browser = open(reviewer, task);
        if (!browser.driver().findElements(By.id("claim-button")).isEmpty()) {
            browser.click("claim-button");
            awaitNotice(browser, "claimed");
        }
        submitDecision(browser, approve, reasonLabel);
        ProviderSteps.await(() -> userTasks.findById(task.id()).filter(t -> t.state() == UserTaskState.COMPLETED)
                .orElse(null), "task " + task.id() + " to complete");
    }

    @When("reviewer {word} claims the post's review")
    @When("reviewer {word} claims it")
    public void claims(String reviewer) {
        Browser browser = open(reviewer, task());
        browser.click("claim-button");
        awaitNotice(browser, "claimed");
        String reviewerId = idOf(reviewer);
        browser.await(d -> reviewerId.equals(userTasks.findById(task().id()).orElseThrow().assignee()) ? true : null,
                Duration.ofSeconds(10));
    }

    @Given("reviewer {word} has the review open in two tabs")
    public void openInTwoTabs(String reviewer) {
        Browser browser = open(reviewer, task());
        tabs.put("first", browser.driver().getWindowHandle());
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/tasks/" + task().id());
        tabs.put("second", browser.driver().getWindowHandle());
    }

    @Then("reviewer {word}'s claim in the first tab is refused with {string}")
    public void claimRefused(String reviewer, String message) {
        Browser browser = browserOf(reviewer);
        browser.driver().switchTo().window(tabs.get("first"));
        browser.click("claim-button");
        assertThat(awaitNotice(browser, "claimedBy").getText()).contains(message);
    }

    @Then("reviewer {word}'s decision in the second tab is refused, naming {word}")
    public void decisionRefused(String reviewer, String holder) {
        Browser browser = browserOf(reviewer);
        browser.driver().switchTo().window(tabs.get("second"));
        browser.click("decision-approve");
        browser.click("decide-button");
        assertThat(awaitNotice(browser, "decideClaimedBy").getText()).contains(holder);
        assertThat(userTasks.findById(task().id()).orElseThrow().isOpen()).as("the task is still open").isTrue();
    }

    @Then("reviewer {word} sees the review claimed by {word}")
    public void seesClaimedBy(String reviewer, String holder) {
        Browser browser = open(reviewer, task());
        assertThat(browser.find(By.id("task-assignee")).getText()).contains(holder);
        assertThat(browser.find(By.id("task-claimed-by")).getText()).contains(holder);
        assertThat(browser.driver().findElements(By.id("claim-button"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("decision-form"))).isEmpty();
    }

    @When("reviewer {word} gives the review back")
    public void givesBack(String reviewer) {
        Browser browser = open(reviewer, task());
        browser.click("unclaim-button");
        awaitNotice(browser, "unclaimed");
    }

    @Then("reviewer {word} can claim it")
    public void canClaim(String reviewer) {
        claims(reviewer);
    }

    @Then("reviewer {word} finds both among the unassigned tasks")
    public void findsUnassigned(String reviewer) {
        Browser browser = browserOf(reviewer, "/tasks");
        browser.click("view-unassigned");
        for (UserTask task : tasks) {
            WebElement row = browser.find(By.id("task-" + task.id()));
            assertThat(row.getDomAttribute("data-assignee")).isNullOrEmpty();
        }
    }

    @Then("filtering by the content review process shows only the post's review")
    public void filterByProcess() {
        Browser browser = browserOf("张伟", "/tasks?view=unassigned");
        new Select(browser.find(By.id("filter-process"))).selectByValue(ContentReviewProcess.PROCESS_ID);
        browser.click("filter-apply");
        browser.await(d -> d.getCurrentUrl().contains("process=" + ContentReviewProcess.PROCESS_ID) ? true : null,
                Duration.ofSeconds(10));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#tasks-body tr.task-row"));
        assertThat(rows).isNotEmpty().allSatisfy(row ->
                assertThat(row.getDomAttribute("data-process")).isEqualTo(ContentReviewProcess.PROCESS_ID));
        List<String> keys = rows.stream().map(row -> row.getDomAttribute("data-key")).toList();
        for (UserTask task : tasks) {
            assertThat(keys.contains(task.id()))
                    .as("task %s of %s listed", task.id(), task.bpmnProcessId())
                    .isEqualTo(task.bpmnProcessId().equals(ContentReviewProcess.PROCESS_ID));
        }
    }

    @When("{int} days pass")
    @When("{int} more days pass")
    public void daysPass(int days) {
        time.moveTo(time.now().plus(Duration.ofDays(days)));
    }

    @When("{int} hours pass")
    public void hoursPass(int hours) {
        time.moveTo(time.now().plus(Duration.ofHours(hours)));
    }

    @Then("both tasks are shown as overdue")
    public void overdue() {
        Browser browser = browserOf("张伟", "/tasks?view=open");
        for (UserTask task : tasks) {
            WebElement row = browser.find(By.id("task-" + task.id()));
            assertThat(row.getDomAttribute("data-overdue")).isEqualTo("true");
            assertThat(row.getDomAttribute("class")).contains("overdue");
            assertThat(row.findElement(By.className("overdue-label")).isDisplayed()).isTrue();
        }
    }

    @Then("reviewer {word} has a notice of the new review task")
    public void groupNotice(String reviewer) {
        notices.awaitShownById(browserOf(reviewer, "/notifications"), "task-created:" + task().id() + ":reviewer",
                "/tasks/" + task().id(), CertificationSteps.PROCESS_TIMEOUT);
    }

    @Then("reviewer {word} has a notice that the review is nearly due")
    public void dueSoonNotice(String reviewer) {
        notices.awaitShownById(browserOf(reviewer, "/notifications"), "task-due:" + task().id() + ":" + idOf(reviewer),
                "/tasks/" + task().id(), CertificationSteps.PROCESS_TIMEOUT);
    }

    @When("reviewer {word} rejects the post's review without giving a reason")
    public void rejectWithoutReason(String reviewer) {
        Browser browser = open(reviewer, task());
        browser.click("claim-button");
        awaitNotice(browser, "claimed");
        submitDecision(browser, false, null);
    }

    @Then("the task form shows an error at {string}")
    public void formError(String field) {
        assertThat(lastUsed.find(By.id(field + "-error")).getText()).isNotBlank();
    }

    /** {@code reviewer}'s browser on the task's page. */
    Browser open(String reviewer, UserTask task) {
        return browserOf(reviewer, "/tasks/" + task.id());
    }

    /** {@code reviewer}'s browser on whatever page (and tab) it shows now. */
    Browser browserOf(String reviewer) {
        lastUsed = users.current(usernameOf(reviewer), "careflow", "/tasks");
        return lastUsed;
    }

    private Browser browserOf(String reviewer, String path) {
        lastUsed = users.demo(usernameOf(reviewer), path);
        return lastUsed;
    }

    String idOf(String reviewer) {
        return keycloak.idOf(usernameOf(reviewer));
    }

    private static String usernameOf(String reviewer) {
        String username = REVIEWERS.get(reviewer);
        assertThat(username).as("a demo reviewer named " + reviewer).isNotNull();
        return username;
    }

    private static void submitDecision(Browser browser, boolean approve, String reasonLabel) {
        browser.click(approve ? "decision-approve" : "decision-reject");
        if (reasonLabel != null) {
            WebElement reason = browser.driver().findElements(By.cssSelector("#reviewReasons-field label.choice"))
                    .stream().filter(label -> label.getText().contains(reasonLabel)).findFirst()
                    .orElseThrow(() -> new AssertionError("no reason labelled " + reasonLabel));
            reason.findElement(By.tagName("input")).click();
        }
        browser.click("decide-button");
    }

    private static WebElement awaitNotice(Browser browser, String notice) {
        return browser.await(d -> d.findElements(By.cssSelector("#task-notice[data-notice='" + notice + "']"))
                .stream().findFirst().orElse(null), Duration.ofSeconds(15));
    }
}
