package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.Orders;
import com.careflow.runtime.LocalRuntime;

import io.camunda.client.CamundaClient;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps of features/service-order.feature, played in a real browser against the real platform. */
public class ServiceOrderSteps {

    private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(60);

    private final ServiceItems services;
    private final Orders orders;
    private final MongoOperations mongo;
    private final LocalRuntime servers;
    private final CamundaClient engine;
    private final PortalBrowser portal;
    private final String baseUrl;
    private String orderNumber;
    private long ordersBefore;

    public ServiceOrderSteps(ServiceItems services, Orders orders, MongoOperations mongo, LocalRuntime servers,
            CamundaClient engine, PortalBrowser portal) {
        this.services = services;
        this.orders = orders;
        this.mongo = mongo;
        this.servers = servers;
        this.engine = engine;
        this.portal = portal;
        this.baseUrl = portal.baseUrl();
    }

    @Given("the demo customer has signed in through Keycloak")
    public void signInAsDemoCustomer() {
        portal.signIn("/orders", "customer", "careflow");
    }

    @When("she orders {string} for contact {string} on {string} the day after tomorrow at {word}")
    public void order(String serviceName, String contact, String phone, String time) {
        ordersBefore = orders.count();
        fillOrderForm(serviceName, contact, phone, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2) + "T" + time);
        browser().await(d -> d.getCurrentUrl().matches(".*/orders/ORD\\d{14}$"), Duration.ofSeconds(20));
        orderNumber = browser().find(By.id("order-number")).getText().trim();
        assertThat(orderNumber).matches("ORD\\d{14}");
    }

    @When("she submits the order form for {string} with contact {string} and phone {string}")
    public void submitInvalidForm(String serviceName, String contact, String phone) {
        ordersBefore = orders.count();
        fillOrderForm(serviceName, contact, phone, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2) + "T10:00");
    }

    @Then("the order is waiting for payment")
    public void waitingForPayment() {
        assertThat(browser().find(By.id("order-status")).getDomAttribute("data-status")).isEqualTo("PENDING");
        assertThat(browser().find(By.id("pay-button")).isDisplayed()).isTrue();
    }

    @When("the platform's servers restart")
    public void restartServers() {
        // Zeebe, Keycloak, MongoDB and mail stop and start again on their data, as with a restart of ./careflow run
        servers.restart();
        // the app outlived its servers here; its gRPC channel reconnects with a backoff, so wait until it is back
        browser().await(d -> engineAnswers(), Duration.ofSeconds(90));
    }

    private boolean engineAnswers() {
        try {
            engine.newTopologyRequest().send().join();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Then("her order is still waiting for payment")
    public void stillWaitingForPayment() {
        browser().open("/orders/" + orderNumber);
        waitingForPayment();
    }

    @When("she pays with card {string}")
    public void pay(String cardNumber) {
        browser().type("cardNumber", cardNumber);
        browser().type("cardHolder", "WANG FANG");
        browser().type("expiry", "12/" + (LocalDate.now().getYear() % 100 + 3));
        browser().type("cvc", "123");
        browser().click("pay-button");
        browser().await(d -> d.getCurrentUrl().endsWith("/orders/" + orderNumber), Duration.ofSeconds(20));
    }

    @When("she pays with card {string} whose bank answer gets lost the first time")
    public void payLosingTheAnswer(String cardNumber) {
        // the simulated gateway charges card ...0077 but loses its answer once; the engine retries the job
        pay(cardNumber);
    }

    @And("the card was charged exactly once for the order, after a retry with the same idempotency key")
    public void chargedOnceAfterRetry() {
        Query ofOrder = Query.query(Criteria.where("orderNumber").is(orderNumber));
        List<org.bson.Document> charges = mongo.find(ofOrder, org.bson.Document.class, "gateway_charges");
        assertThat(charges).hasSize(1);
        assertThat(charges.getFirst().getInteger("replays")).as("redeliveries presenting the same key").isPositive();
        assertThat(mongo.count(ofOrder.addCriteria(Criteria.where("status").is("APPROVED")), "payments"))
                .isEqualTo(1);
    }

    @Then("the order becomes {string} without reloading the page")
    public void orderBecomes(String status) {
        JavascriptExecutor js = (JavascriptExecutor) browser().driver();
        js.executeScript("window.careflowSamePage = true;");
        browser().await(d -> status.equals(d.findElement(By.id("order-status")).getDomAttribute("data-status")),
                PROCESS_TIMEOUT);
        assertThat(js.executeScript("return window.careflowSamePage === true;"))
                .as("the status changed on the open page, by the live update")
                .isEqualTo(Boolean.TRUE);
    }

    @And("the order page gives the reason {string}")
    public void cancelReason(String reason) {
        browser().await(d -> reason.equals(d.findElement(By.id("order-cancel-reason")).getText().trim()),
                Duration.ofSeconds(10));
    }

    @And("the order's timeline reads PENDING, PAID, CONFIRMED")
    public void timelinePaidConfirmed() {
        assertTimeline("PENDING", "PAID", "CONFIRMED");
    }

    @And("the order's timeline reads PENDING, CANCELLED")
    public void timelineCancelled() {
        assertTimeline("PENDING", "CANCELLED");
    }

    @And("she receives an email with subject containing {string} that names the order")
    public void receivesEmail(String subjectPart) {
        browser().await(d -> {
            browser().open("/mail");
            return d.findElements(By.cssSelector("[data-mail-subject]")).stream()
                    .filter(e -> e.getText().contains(subjectPart) && e.getText().contains(orderNumber))
                    .findFirst()
                    .orElse(null);
        }, PROCESS_TIMEOUT);
    }

    @And("the phone on the order page is shown as {string}")
    public void maskedPhone(String masked) {
        browser().open("/orders/" + orderNumber);
        assertThat(browser().find(By.id("contact-phone")).getText()).isEqualTo(masked);
        assertThat(browser().driver().getPageSource()).doesNotContain("13800138000");
    }

    @And("no payment was charged for the order")
    public void noCharge() {
        long approved = mongo.count(Query.query(Criteria.where("orderNumber").is(orderNumber)
                .and("status").is("APPROVED")), "payments");
        long declined = mongo.count(Query.query(Criteria.where("orderNumber").is(orderNumber)
                .and("status").is("DECLINED")), "payments");
        assertThat(approved).isZero();
        assertThat(declined).isEqualTo(1);
    }

    @Then("the form shows an error at {string}")
    public void fieldError(String field) {
        WebElement error = browser().find(By.id(field + "-error"));
        assertThat(error.getText()).isNotBlank();
    }

    @And("she has no new orders")
    public void noNewOrders() {
        assertThat(browser().currentPath()).doesNotContain("/orders/ORD");
        assertThat(orders.count()).isEqualTo(ordersBefore);
    }

    private void fillOrderForm(String serviceName, String contact, String phone, String dateTime) {
        ServiceItem service = services.findByName(serviceName)
                .orElseThrow(() -> new AssertionError("no catalog service named " + serviceName));
        browser().open("/orders/new?service=" + service.id());
        browser().type("contactName", contact);
        browser().type("contactPhone", phone);
        WebElement when = browser().find(By.id("scheduledAt"));
        ((JavascriptExecutor) browser().driver()).executeScript("arguments[0].value = arguments[1];", when, dateTime);
        browser().click("place-order-button");
    }

    private void assertTimeline(String... statuses) {
        List<String> shown = browser().driver().findElements(By.cssSelector("#timeline [data-status]")).stream()
                .map(e -> e.getDomAttribute("data-status"))
                .toList();
        assertThat(shown).containsExactly(statuses);
    }

    private Browser browser() {
        return portal.browser();
    }
}
