package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.careflow.domain.engine.Incidents;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.order.ComplaintStatus;
import com.careflow.domain.order.Orders;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Steps of features/staff-navigation.feature: the header of every role at phone and desktop widths in both
 * languages, where each role lands after signing in, the operations overview's counts, and who sees the engine's
 * steps on the order page.
 */
public class NavigationSteps {

    static final List<Integer> WIDTHS = List.of(360, 1280, 1920);
    static final List<String> LANGUAGES = List.of("zh-CN", "en");
    /** Every signed-in user's links: the public pages and their account menu (the local mailbox when it is on). */
    private static final List<String> EVERYONE = List.of("nav-catalog", "nav-community", "nav-me", "nav-notifications");
    private static final String MAILBOX = "nav-mail";
    private static final List<String> AUTHOR = List.of("nav-content", "nav-certification");
    /** The customer's own health pages: one header link, their tabs lead on (admins hold no health record). */
    private static final List<String> HEALTH = List.of("nav-health");
    /** The header links each demo user must be able to reach, beyond {@link #EVERYONE}'s. */
    private static final Map<String, List<String>> ROLE_LINKS = Map.of(
            "customer", concat(List.of("nav-orders"), AUTHOR, HEALTH),
            "provider", concat(AUTHOR, List.of("nav-provider-offers", "nav-provider-orders",
                    "nav-provider-statements")),
            "reviewer", List.of("nav-tasks"),
            "finance", List.of("nav-tasks", "nav-finance-ledger", "nav-finance-statements",
                    "nav-finance-reconciliation"),
            "consultant", List.of("nav-tasks"),
            "analyst", List.of("nav-analyst-models", "nav-analyst-drafts", "nav-engine-cockpit"),
            "admin", concat(List.of("nav-orders"), AUTHOR, List.of("nav-provider-offers",
                    "nav-provider-orders", "nav-provider-statements", "nav-tasks", "nav-finance-ledger",
                    "nav-finance-statements", "nav-finance-reconciliation",
                    "nav-operations-overview", "nav-operations-assignments", "nav-operations-complaints",
                    "nav-operations-incidents", "nav-operations-search", "nav-analyst-models", "nav-analyst-drafts",
                    "nav-engine-cockpit", "nav-engine-tasklist",
                    "nav-engine-admin")));
    private static final List<String> ALWAYS_AT_HAND = List.of("lang-zh", "lang-en", "logout-button");

    private final SignedInUsers users;
    private final PortalBrowser portal;
    private final CurrentOrder current;
    private final Incidents incidents;
    private final UserTasks tasks;
    private final Orders orders;

    private String user;
    private Browser browser;
    private final List<String> unreachable = new ArrayList<>();
    private final List<String> misplaced = new ArrayList<>();
    private final List<String> notAtHand = new ArrayList<>();

    public NavigationSteps(SignedInUsers users, PortalBrowser portal, CurrentOrder current, Incidents incidents,
            UserTasks tasks, Orders orders) {
        this.users = users;
        this.portal = portal;
        this.current = current;
        this.incidents = incidents;
        this.tasks = tasks;
        this.orders = orders;
    }

    /** A page of the portal by what it is to the person on it: where it is and what shows it is that page. */
    public record Landing(String name, String path, String mark) {
    }

    @ParameterType("the task inbox|the operations overview|the analyst workspace|the home page")
    public Landing landing(String name) {
        return switch (name) {
            case "the task inbox" -> new Landing(name, "/tasks", "task-views");
            case "the operations overview" -> new Landing(name, "/operations", "overview-counts");
            case "the analyst workspace" -> new Landing(name, "/analyst", "analyst-processes");
            default -> new Landing(name, "/", "hero");
        };
    }

    @Given("the demo user {string} has signed in")
    public void signedIn(String username) {
        user = username;
        browser = users.demo(username, "/me");
    }

    @When("she looks at the header at 360, 1280 and 1920 px wide, in Chinese and in English")
    public void looksAtTheHeader() {
        for (int width : WIDTHS) {
            for (String language : LANGUAGES) {
                String where = " (" + width + " px, " + language + ")";
                HeaderCheck header = HeaderCheck.of(browser, width, language, "/me");
                header.layoutProblems().forEach(problem -> misplaced.add(problem + where));
                List<String> links = header.linkIds();
                Set<String> expected = new LinkedHashSet<>(EVERYONE);
                expected.addAll(ROLE_LINKS.get(user));
                if (links.contains(MAILBOX)) {
                    expected.add(MAILBOX);
                }
                if (!new LinkedHashSet<>(links).containsAll(expected)) {
                    unreachable.add("missing " + expected.stream().filter(id -> !links.contains(id)).toList() + where);
                }
                links.stream().filter(id -> !expected.contains(id) && !ALWAYS_AT_HAND.contains(id))
                        .forEach(id -> unreachable.add("#" + id + " is not for the " + user + where));
                expected.stream().filter(links::contains).map(header::reach).filter(problem -> problem != null)
                        .forEach(problem -> unreachable.add(problem + where));
                ALWAYS_AT_HAND.stream().map(header::reach).filter(problem -> problem != null)
                        .forEach(problem -> notAtHand.add(problem + where));
            }
        }
    }

    @Then("every header link of her role can be reached")
    public void everyLinkReached() {
        assertThat(unreachable).as("the %s's header links", user).isEmpty();
    }

    @And("nothing in the header overlaps, is cut off or squeezed")
    public void nothingOverlaps() {
        assertThat(misplaced).as("the %s's header", user).isEmpty();
    }

    @And("the language switch and signing out can be reached")
    public void languageAndSignOutAtHand() {
        assertThat(notAtHand).as("language switch and sign-out of the %s", user).isEmpty();
    }

    @When("the demo user {string} signs in from the home page")
    public void signsInFromHome(String username) {
        user = username;
        browser = portal.browser();
        browser.signInFromHome(username, "careflow");
    }

    @Then("she lands on {landing}")
    public void landsOn(Landing landing) {
        assertOn(landing);
    }

    @And("opening the home page brings her to {landing}")
    public void homeBringsTo(Landing landing) {
        browser.open("/");
        assertOn(landing);
    }

    @When("she opens the operations overview")
    public void opensOverview() {
        browser.open("/operations");
        browser.find(By.id("overview-counts"));
    }

    @Then("it shows as many open incidents, open tasks, unclaimed tasks and open complaints as the engine and the order store hold")
    public void countsMatchTheEngineAndOrders() {
        List<UserTask> open = tasks.findOpen();
        assertThat(count("incidents")).isEqualTo(incidents.findOpen().size());
        assertThat(count("tasksOpen")).isEqualTo(open.size());
        assertThat(count("tasksUnassigned")).isEqualTo(open.stream().filter(task -> task.assignee() == null).count());
        assertThat(count("complaints"))
                .isEqualTo(orders.findByComplaintStatusOrderByCreatedAtDesc(ComplaintStatus.OPEN).size());
    }

    @And("each count opens its list")
    public void countsOpenTheirLists() {
        for (Map.Entry<String, String> tile : Map.of("incidents", "/operations/incidents", "complaints",
                "/operations/complaints", "tasksOpen", "/tasks").entrySet()) {
            browser.open("/operations");
            browser.click("count-" + tile.getKey());
            browser.await(d -> browser.currentPath().startsWith(tile.getValue()), Duration.ofSeconds(10));
            assertThat(browser.find(By.tagName("h1")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElements(By.id("error-status"))).isEmpty();
        }
    }

    @Then("her order page shows the timeline in words with times and no engine steps")
    public void customerSeesTimelineOnly() {
        Browser customer = portal.browser();
        List<WebElement> entries = customer.find(By.id("timeline")).findElements(By.className("timeline-entry"));
        assertThat(entries).isNotEmpty();
        assertThat(entries.getFirst().getText()).contains("订单已提交").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(customer.driver().findElements(By.id("process-steps-section"))).isEmpty();
        assertThat(customer.driver().getPageSource()).doesNotContain("流程步骤");
    }

    @When("operations opens the same order")
    public void adminOpensTheOrder() {
        browser = users.demo("admin", "/orders/" + current.number());
    }

    @Then("operations sees the engine's steps of the order beside its timeline")
    public void adminSeesSteps() {
        assertThat(browser.find(By.id("timeline")).isDisplayed()).isTrue();
        WebElement steps = browser.find(By.id("process-steps-section"));
        steps.findElement(By.tagName("summary")).click();
        assertThat(steps.findElements(By.cssSelector("#process-steps .process-step"))).isNotEmpty();
        assertThat(steps.getText()).contains("流程步骤");
    }

    private long count(String key) {
        return Long.parseLong(browser.find(By.id("count-" + key)).getDomAttribute("data-count"));
    }

    private void assertOn(Landing landing) {
        browser.await(d -> browser.currentPath().startsWith(landing.path()) && !browser.currentPath().startsWith("/?")
                && (!landing.path().equals("/") || browser.currentPath().equals("/")), Duration.ofSeconds(20));
        if (landing.mark() != null) {
            assertThat(browser.find(By.id(landing.mark())).isDisplayed()).as(landing.name()).isTrue();
        }
        assertThat(browser.driver().findElements(By.id("error-status"))).as(landing.name()).isEmpty();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
