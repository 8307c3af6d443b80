package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentReview;
import com.careflow.domain.content.ContentStatus;
import com.careflow.domain.content.Contents;
import com.careflow.domain.process.ContentReviewProcess;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * features/content-review.feature: the demo customer writes in the portal and follows her post on "my posts"; the
 * community page is what anyone sees. Reviewers act through {@link InboxSteps}.
 */
public class ContentSteps {

    /** Text the pre-screen can neither pass nor fail: a real experience with an email address in it. */
    private static final String BORDERLINE_TITLE = "术后康复经验";
    private static final String BORDERLINE_TEXT = "我父亲做完膝关节手术后，每天坚持康复训练，三个月基本恢复走路。"
            + "有问题可以发邮件到 li.family@example.com 交流。";

    private final PortalBrowser portal;
    private final SignedInUsers users;
    private final Contents contents;
    private final InboxSteps inbox;
    private final Notices notices;
    private final ProcessInstancesLeft instancesLeft;
    private final List<String> posted = new java.util.ArrayList<>();
    private Browser author;
    private String contentId;

    public ContentSteps(PortalBrowser portal, SignedInUsers users, Contents contents, InboxSteps inbox,
            Notices notices, ProcessInstancesLeft instancesLeft) {
        this.portal = portal;
        this.users = users;
        this.contents = contents;
        this.inbox = inbox;
        this.notices = notices;
        this.instancesLeft = instancesLeft;
    }

    /** A post's instance may wait 14 days for an appeal: it must not end in a later scenario that moves time. */
    @After
    public void endWhatTheScenarioStarted() {
        posted.forEach(instancesLeft::cancel);
    }

    @When("she posts {string} saying {string}")
    public void post(String title, String text) {
        Browser browser = author();
        browser.open("/content/new");
        new Select(browser.find(By.id("kind"))).selectByValue("POST");
        browser.type("title", title + " " + System.nanoTime() % 100000);
        browser.type("body", text);
        browser.click("submit-content-button");
        browser.await(d -> d.getCurrentUrl().contains("/content/mine") ? true : null, Duration.ofSeconds(20));
        WebElement newest = browser.find(By.cssSelector("#contents-list article.content-item"));
        contentId = newest.getDomAttribute("id").substring("content-".length());
        posted.add(contentId);
        // marks the page, so a reload would be noticed
        ((JavascriptExecutor) browser.driver()).executeScript("window.careflowSamePage = true;");
    }

    @Given("a post is waiting for review")
    public void postWaiting() {
        post(BORDERLINE_TITLE, BORDERLINE_TEXT);
        awaitReviewTask(ContentReviewProcess.TASK_REVIEW);
    }

    @Given("her borderline post was rejected by reviewer {word} as {string}")
    public void rejectedByReviewer(String reviewer, String reasonLabel) {
        postWaiting();
        inbox.decide(reviewer, ContentReviewProcess.TASK_REVIEW, contentId, false, reasonLabel);
        statusBecomes(ContentStatus.REJECTED);
    }

    @Then("her post becomes {string} without reloading the page")
    public void statusShownLive(String label) {
        Browser browser = author();
        WebElement status = browser.await(d -> {
            List<WebElement> badges = d.findElements(By.id("content-status-" + contentId));
            return badges.isEmpty() || !badges.getFirst().getText().equals(label) ? null : badges.getFirst();
        }, CertificationSteps.PROCESS_TIMEOUT);
        assertThat(status.getText()).isEqualTo(label);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.careflowSamePage === true;"))
                .as("the status changed without a reload").isEqualTo(true);
    }

    @Then("the post is shown in the community")
    public void inCommunity() {
        assertThat(content().getStatus()).isEqualTo(ContentStatus.PUBLISHED);
        Browser visitor = author();
        visitor.open("/community");
        visitor.find(By.id("community-link-" + contentId)).click();
        assertThat(visitor.find(By.id("content-body")).getText()).isEqualTo(content().getBody());
    }

    @Then("the post is not shown in the community")
    public void notInCommunity() {
        Browser visitor = author();
        visitor.open("/community");
        assertThat(visitor.driver().findElements(By.id("community-" + contentId))).isEmpty();
        visitor.open("/community/" + contentId);
        assertThat(visitor.driver().findElements(By.id("content-body"))).isEmpty();
    }

    @Then("she is told in the portal that her post was published")
    public void toldPublished() {
        notices.awaitShown(author(), content().getAuthorId(), ContentReviewProcess.TEMPLATE_PUBLISHED,
                CertificationSteps.PROCESS_TIMEOUT);
    }

    @Then("her post shows the reasons {string} and {string}")
    public void showsReasons(String first, String second) {
        Browser browser = author();
        browser.open("/content/mine");
        List<String> reasons = browser.driver().findElements(By.cssSelector("#content-reasons-" + contentId + " li"))
                .stream().map(WebElement::getText).toList();
        assertThat(reasons).anyMatch(text -> text.contains(first)).anyMatch(text -> text.contains(second));
    }

    @Then("the post waits in the reviewers' inbox with its pre-screen findings")
    public void waitsWithFindings() {
        awaitReviewTask(ContentReviewProcess.TASK_REVIEW);
        Browser reviewer = inbox.open("张伟", inbox.task());
        assertThat(reviewer.find(By.id("content-title")).getText()).isEqualTo(content().getTitle());
        assertThat(reviewer.find(By.id("prescreen-findings")).getText()).contains("li.family@example.com");
    }

    @When("reviewer {word} claims the post's review and publishes it")
    public void reviewerPublishes(String reviewer) {
        inbox.decide(reviewer, ContentReviewProcess.TASK_REVIEW, contentId, true, null);
    }

    @When("she appeals with {string}")
    public void appeal(String reason) {
        Browser browser = author();
        browser.open("/content/mine");
        browser.type("appeal-reason-" + contentId, reason);
        browser.click("appeal-button-" + contentId);
        browser.await(d -> d.findElements(By.cssSelector("#content-notice[data-content='" + contentId + "']"))
                .isEmpty() ? null : true, Duration.ofSeconds(20));
        ((JavascriptExecutor) browser.driver()).executeScript("window.careflowSamePage = true;");
    }

    @Then("reviewer {word} may not decide the appeal")
    public void mayNotDecideAppeal(String reviewer) {
        awaitReviewTask(ContentReviewProcess.TASK_REVIEW_APPEAL);
        Browser browser = inbox.open(reviewer, inbox.task());
        assertThat(browser.find(By.id("task-refusal")).getText()).contains("另一位审核员");
        assertThat(browser.driver().findElements(By.id("claim-button"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("decision-form"))).isEmpty();
    }

    @When("reviewer {word} claims the appeal and publishes the post")
    public void appealPublished(String reviewer) {
        inbox.decide(reviewer, ContentReviewProcess.TASK_REVIEW_APPEAL, contentId, true, null);
    }

    @Then("the post's history shows both decisions")
    public void bothDecisions() {
        List<ContentReview> reviews = content().getReviews();
        assertThat(reviews).extracting(ContentReview::approved).containsExactly(false, true);
        assertThat(reviews).extracting(ContentReview::reviewerId)
                .containsExactly(inbox.idOf("张伟"), inbox.idOf("赵敏"));
    }

    @Then("the post is still waiting for review")
    public void stillWaiting() {
        assertThat(content().getStatus()).isEqualTo(ContentStatus.UNDER_REVIEW);
        assertThat(content().getReviews()).isEmpty();
        assertThat(inbox.reload(inbox.task()).isOpen()).as("the review task is still open").isTrue();
    }

    private void awaitReviewTask(String elementId) {
        inbox.awaitOpenTask(elementId, contentId);
    }

    private void statusBecomes(ContentStatus status) {
        ProviderSteps.await(() -> content().getStatus() == status ? true : null, "the post to be " + status);
    }

    /** The post the scenario wrote last, as stored now. */
    Content content() {
        return contents.findById(contentId).orElseThrow();
    }

    /** The author: the scenario's signed-in customer, or the demo customer in a browser of her own. */
    private Browser author() {
        if (author == null) {
            author = portal.isSignedIn() ? portal.browser() : users.demo("customer", "/content/mine");
        }
        return author;
    }
}
