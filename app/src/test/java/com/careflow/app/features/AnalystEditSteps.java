package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.assignment.Offers;
import com.careflow.domain.engine.ProcessHistory;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.ledger.JournalEntry;
import com.careflow.domain.process.ModelDeployments;
import com.careflow.domain.process.ModelDeployments.Kind;
import com.careflow.domain.process.ModelDeployments.ModelVersion;

import io.cucumber.java.After;
import io.cucumber.java.en.And;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Steps of features/analyst-edit.feature: the analyst's browser on /analyst/drafts and the editor, the engine's
 * versions through the {@link ModelDeployments} port. What a scenario deployed is deployed again from the
 * repository's file afterwards, so later scenarios run on the models as committed.
 */
public class AnalystEditSteps {

    private static final Duration PAGE = Duration.ofSeconds(30);

    private final SignedInUsers users;
    private final ModelDeployments deployments;
    private final ProcessHistory history;
    private final CurrentOrder current;
    private final Offers offers;
    private final MongoOperations mongo;
    /** key → kind of every model this scenario deployed, restored after it. */
    private final Map<String, Kind> deployed = new LinkedHashMap<>();

    private String key;
    private Kind kind;
    private int previousVersion;
    private int newVersion;
    private String firstOrder;

    public AnalystEditSteps(SignedInUsers users, ModelDeployments deployments, ProcessHistory history,
            CurrentOrder current, Offers offers, MongoOperations mongo) {
        this.users = users;
        this.deployments = deployments;
        this.history = history;
        this.current = current;
        this.offers = offers;
        this.mongo = mongo;
    }

    private Browser analyst() {
        return users.current("analyst", "careflow", "/analyst/drafts");
    }

    @When("the analyst opens a draft of the newest {string} process")
    public void openProcessDraft(String processKey) {
        openDraft(Kind.BPMN, processKey);
    }

    @When("the analyst opens a draft of the newest {string} decision table")
    public void openDecisionDraft(String decisionKey) {
        openDraft(Kind.DMN, decisionKey);
    }

    private void openDraft(Kind modelKind, String modelKey) {
        key = modelKey;
        kind = modelKind;
        previousVersion = latest(modelKind, modelKey).version();
        Browser browser = analyst();
        browser.open("/analyst/drafts");
        WebElement row = browser.find(By.cssSelector(
                "tr.model-row[data-kind='" + modelKind + "'][data-key='" + modelKey + "']"));
        WebElement page = browser.driver().findElement(By.tagName("html"));
        row.findElement(By.cssSelector("form.start-draft button")).click();
        browser.await(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page), PAGE);
        awaitEditor(browser);
    }

    /** The editor has imported the draft (or says why not). */
    private static void awaitEditor(Browser browser) {
        String state = browser.await(d -> d.findElement(By.id("analyst-canvas")).getDomAttribute("data-state"), PAGE);
        assertThat(state).as("the modeler's import").isEqualTo("ready");
    }

    @And("sets the timer of {string} to {string} in the editor and saves the draft")
    public void setTimer(String elementId, String duration) {
        Browser browser = analyst();
        select(browser, elementId);
        type(browser, "prop-timer-value", duration);
        save(browser);
    }

    @And("sets the topic of {string} to {string} in the editor and saves the draft")
    public void setTopic(String elementId, String topic) {
        Browser browser = analyst();
        select(browser, elementId);
        type(browser, "prop-topic", topic);
        save(browser);
    }

    /** Clicks the element on the canvas; the properties form shows it. */
    private static void select(Browser browser, String elementId) {
        // a click on the empty corner first: a selected element's context pad may cover its neighbour
        WebElement canvas = browser.find(By.id("analyst-canvas"));
        new Actions(browser.driver()).moveToElement(canvas, -canvas.getSize().getWidth() / 2 + 4,
                -canvas.getSize().getHeight() / 2 + 4).click().perform();
        WebElement shape = browser.find(By.cssSelector(".djs-element[data-element-id='" + elementId + "']"));
        new Actions(browser.driver()).moveToElement(shape).click().perform();
        browser.await(d -> d.findElement(By.id("prop-element")).getText().startsWith(elementId + " ") ? true : null,
                PAGE);
    }

    /** Types into a properties field and leaves it (the change is applied on leaving, as a person would). */
    private static void type(Browser browser, String fieldId, String value) {
        // select and overwrite, as a person does: clear() would fire a change of its own (an empty value)
        browser.find(By.id(fieldId)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        browser.await(d -> value.equals(d.findElement(By.id(fieldId)).getDomProperty("value")) ? true : null, PAGE);
    }

    private static void save(Browser browser) {
        browser.clickToLeavePage("save-button");
        awaitEditor(browser);
        assertThat(browser.find(By.id("notice")).getDomAttribute("data-notice")).isEqualTo("analyst.draft.saved");
    }

    @Then("the check of the draft shows no errors")
    public void noErrors() {
        WebElement lint = analyst().find(By.id("lint"));
        assertThat(lint.getDomAttribute("data-errors")).as(lint.getText()).isEqualTo("0");
    }

    @Then("the check shows an error on {string} that no worker serves {string}")
    public void errorOn(String elementId, String topic) {
        Browser browser = analyst();
        WebElement finding = browser.find(By.cssSelector(".lint-finding[data-element='" + elementId
                + "'][data-severity='error'][data-rule='careflow/topic-served']"));
        assertThat(finding.getText()).contains(topic);
        // marked on the element itself: its shape and a badge over it
        browser.find(By.cssSelector(".djs-element.lint-marker-error[data-element-id='" + elementId + "']"));
        browser.find(By.cssSelector(".lint-badge-error[data-element='" + elementId + "']"));
    }

    @When("the analyst deploys the draft")
    public void deploy() {
        analyst().clickToLeavePage("deploy-button");
        deployed.put(key, kind);
    }

    @When("the analyst tries to deploy the draft")
    public void tryToDeploy() {
        analyst().clickToLeavePage("deploy-button");
    }

    @And("changes the rate {string} to {string} in the decision table and deploys the draft")
    public void changeRate(String from, String to) {
        Browser browser = analyst();
        WebElement cell = browser.await(d -> d.findElements(By.cssSelector(".tjs-table td.output-cell")).stream()
                .filter(td -> td.getText().trim().equals(from)).findFirst().orElse(null), PAGE);
        new Actions(browser.driver()).click(cell).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys(to).perform();
        browser.find(By.id("lint")).click(); // leaves the cell
        browser.await(d -> d.findElements(By.cssSelector(".tjs-table td.output-cell")).stream()
                .anyMatch(td -> td.getText().trim().equals(to)) ? true : null, PAGE);
        deploy();
    }

    @Then("a new version of {string} is listed, deployed by {string}")
    public void newVersionListed(String modelKey, String username) {
        Browser browser = analyst();
        assertThat(browser.find(By.id("notice")).getDomAttribute("data-notice")).isEqualTo("analyst.draft.deployed");
        WebElement listed = browser.find(By.cssSelector(".deployed-version[data-key='" + modelKey + "']"));
        newVersion = Integer.parseInt(listed.getDomAttribute("data-version"));
        assertThat(newVersion).isEqualTo(previousVersion + 1);
        ModelVersion latest = latest(kind, modelKey);
        assertThat(latest.version()).isEqualTo(newVersion);
        assertThat(latest.deployedBy()).isEqualTo(username);
    }

    @And("the order's offer still runs on the previous version of {string}")
    public void offerOnPreviousVersion(String processKey) {
        firstOrder = current.number();
        assertThat(versionOf(firstOrder, processKey)).isEqualTo(previousVersion);
    }

    @And("the order's offer runs on the new version of {string}")
    public void offerOnNewVersion(String processKey) {
        assertThat(current.number()).isNotEqualTo(firstOrder);
        assertThat(versionOf(current.number(), processKey)).isEqualTo(newVersion);
    }

    @And("the first order's offer is still in its first round")
    public void firstOrderStillFirstRound() {
        assertThat(offers.findById(firstOrder).orElseThrow().getRound()).isEqualTo(1);
    }

    @Then("the deployment is refused with the finding on {string}")
    public void refused(String elementId) {
        Browser browser = analyst();
        assertThat(browser.find(By.id("notice")).getDomAttribute("data-notice")).isEqualTo("analyst.draft.refused");
        awaitEditor(browser);
        browser.find(By.cssSelector(".lint-finding[data-element='" + elementId + "'][data-severity='error']"));
        browser.find(By.cssSelector(".djs-element.lint-marker-error[data-element-id='" + elementId + "']"));
    }

    @And("no new version of {string} was deployed")
    public void noNewVersion(String modelKey) {
        assertThat(latest(Kind.BPMN, modelKey).version()).isEqualTo(previousVersion);
    }

    @And("the ledger's completion entry has the rate {double} from the new version of {string}")
    public void completionRate(double rate, String decisionKey) {
        String id = "completion:" + current.number();
        Document completion = ProviderSteps.await(
                () -> mongo.findById(id, Document.class, JournalEntry.COLLECTION), "the completion entry " + id);
        assertThat(new BigDecimal(completion.get("commissionRate").toString()))
                .isEqualByComparingTo(BigDecimal.valueOf(rate));
        assertThat(completion.getString("commissionDecision")).isEqualTo(decisionKey + "@" + newVersion);
    }

    private int versionOf(String orderNumber, String processKey) {
        ProcessInstance instance = ProviderSteps.await(() -> history.instancesOf(orderNumber).stream()
                .filter(i -> i.bpmnProcessId().equals(processKey)).findFirst().orElse(null),
                processKey + " of " + orderNumber);
        return instance.version();
    }

    private ModelVersion latest(Kind modelKind, String modelKey) {
        Optional<ModelVersion> version = deployments.latestVersions().stream()
                .filter(v -> v.kind() == modelKind && v.key().equals(modelKey)).findFirst();
        return version.orElseThrow(() -> new AssertionError(modelKey + " is not deployed"));
    }

    /** The committed model on top again: later scenarios expect the repository's timers and rates. */
    @After
    public void restoreDeployedModels() {
        deployed.forEach((modelKey, modelKind) -> {
            ModelVersion latest = latest(modelKind, modelKey);
            deployments.deploy(latest.resourceName(), repositoryFile(modelKey + modelKind.suffix()), "cucumber");
        });
        deployed.clear();
    }

    private static String repositoryFile(String fileName) {
        try (InputStream in = AnalystEditSteps.class.getClassLoader().getResourceAsStream("processes/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("processes/" + fileName + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
