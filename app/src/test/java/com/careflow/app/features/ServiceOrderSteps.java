package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bson.Document;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.engine.ProcessHistory;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstanceState;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.runtime.LocalRuntime;

import io.cucumber.java.After;
import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The customer's steps of features/service-order.feature and appointment.feature, in a real browser. */
public class ServiceOrderSteps {

    static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(60);

    private final ServiceItems services;
    private final Orders orders;
    private final ServiceSlots slots;
    private final ProviderCalendar calendar;
    private final OfferDesk offerDesk;
    private final MongoOperations mongo;
    private final LocalRuntime servers;
    private final ProcessHistory history;
    private final PortalBrowser portal;
    private final CurrentOrder current;
    private final ProviderSteps providers;
    private final PlatformTime time;
    private final ProcessInstancesLeft instancesLeft;
    private long ordersBefore;

    public ServiceOrderSteps(ServiceItems services, Orders orders, ServiceSlots slots, ProviderCalendar calendar,
            OfferDesk offerDesk, MongoOperations mongo,
            LocalRuntime servers, ProcessHistory history, PortalBrowser portal, CurrentOrder current,
            ProviderSteps providers, PlatformTime time, ProcessInstancesLeft instancesLeft) {
        this.services = services;
        this.orders = orders;
        this.slots = slots;
        this.calendar = calendar;
        this.offerDesk = offerDesk;
        this.mongo = mongo;
        this.servers = servers;
        this.history = history;
        this.portal = portal;
        this.current = current;
        this.providers = providers;
        this.time = time;
        this.instancesLeft = instancesLeft;
    }

    /**
     * Scenarios share one platform: what a scenario started must not act in the next one (its timers would fire when a
     * later scenario moves time, and its bookings would keep providers busy). So its process instances end and its
     * slots, bookings and offers are given back.
     */
    @After
    public void endWhatTheScenarioStarted() {
        for (String orderNumber : current.all()) {
            instancesLeft.cancel(orderNumber);
            offerDesk.withdraw(orderNumber);
            calendar.releaseOrder(orderNumber);
            slots.releaseAll(orderNumber);
        }
    }

    @Given("the demo customer has signed in through Keycloak")
    public void signInAsDemoCustomer() {
        portal.signIn("/orders", "customer", "careflow");
    }

    @When("she orders {string} for contact {string} on {string} {day} at {time}")
    public void order(String serviceName, String contact, String phone, LocalDate day, LocalTime at) {
        ordersBefore = orders.count();
        fillOrderForm(serviceName, contact, phone, day, at);
        browser().await(d -> d.getCurrentUrl().matches(".*/orders/ORD\\d{14}$"), Duration.ofSeconds(20));
        String orderNumber = browser().find(By.id("order-number")).getText().trim();
        assertThat(orderNumber).matches("ORD\\d{14}");
        current.placed(orderNumber, Days.at(day, at));
    }

    /** Orders and pays in the browser, then an eligible provider takes it; ends on the order's page. */
    @Given("she has a confirmed order for {string} {day} at {time}")
    public void confirmedOrder(String serviceName, LocalDate day, LocalTime at) {
        order(serviceName, "王芳", "13800138000", day, at);
        pay("4242 4242 4242 4242");
        orderBecomes("PAID");
        providers.eligibleProviderTakesTheOrder();
        orderBecomes("CONFIRMED");
    }

    @When("she submits the order form for {string} with contact {string} and phone {string}")
    public void submitInvalidForm(String serviceName, String contact, String phone) {
        ordersBefore = orders.count();
        fillOrderForm(serviceName, contact, phone, LocalDate.now(AppointmentTimes.ZONE).plusDays(2), null);
    }

    @Then("the order is waiting for payment")
    public void waitingForPayment() {
        assertThat(browser().find(By.id("order-status")).getDomAttribute("data-status")).isEqualTo("PENDING");
        assertThat(browser().find(By.id("pay-button")).isDisplayed()).isTrue();
    }

    /**
     * Keycloak, Elasticsearch, MongoDB and mail stop and start again on their data, as with a restart of
     * ./careflow run. The engine runs inside the app and keeps its state in its own database (that a restart of the
     * app keeps it is the engine module's test); here the order and its waiting instance must outlive the servers.
     */
    @When("the platform's servers restart")
    public void restartServers() {
        servers.restart();
        // the app outlived its servers; its Mongo driver reconnects on its own, so wait until it is back
        browser().await(d -> orderReadable() ? true : null, Duration.ofSeconds(90));
    }

    private boolean orderReadable() {
        try {
            return orders.findById(current.number()).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Then("her order is still waiting for payment")
    public void stillWaitingForPayment() {
        openOrderPage();
        waitingForPayment();
        String instanceId = order().getProcessInstanceId();
        assertThat(instanceId).as("the order's process instance").isNotNull();
        assertThat(history.findById(instanceId)).as("the order's instance in the engine")
                .map(ProcessInstance::state).contains(ProcessInstanceState.ACTIVE);
    }

    @When("she pays with card {string}")
    public void pay(String cardNumber) {
        browser().type("cardNumber", cardNumber);
        browser().type("cardHolder", "WANG FANG");
        browser().type("expiry", "12/" + (LocalDate.now().getYear() % 100 + 3));
        browser().type("cvc", "123");
        browser().clickToLeavePage("pay-button");
        browser().await(d -> d.getCurrentUrl().endsWith("/orders/" + current.number()), Duration.ofSeconds(20));
    }

    @When("she pays with card {string} whose bank answer gets lost the first time")
    public void payLosingTheAnswer(String cardNumber) {
        // the simulated gateway charges card ...0077 but loses its answer once; the engine retries the task
        pay(cardNumber);
    }

    @When("{int} minutes pass")
    @When("{int} more minutes pass")
    public void minutesPass(int minutes) {
        time.moveTo(time.now().plus(Duration.ofMinutes(minutes)));
    }

    @And("the card was charged exactly once for the order, after a retry with the same idempotency key")
    public void chargedOnceAfterRetry() {
        Query ofOrder = ofOrder();
        List<Document> charges = mongo.find(ofOrder, Document.class, "gateway_charges");
        assertThat(charges).hasSize(1);
        assertThat(charges.getFirst().getInteger("replays")).as("redeliveries presenting the same key").isPositive();
        assertThat(mongo.count(ofOrder.addCriteria(Criteria.where("status").is("APPROVED")), "payments"))
                .isEqualTo(1);
    }

    @Then("the order becomes {string} without reloading the page")
    public void orderBecomes(String status) {
        if (!browser().currentPath().equals("/orders/" + current.number())) {
            openOrderPage();
        }
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

    @And("the order page names the provider")
    public void namesTheProvider() {
        ServiceOrder order = order();
        assertThat(order.getProviderName()).isNotBlank();
        browser().await(d -> d.findElement(By.id("order-provider")).getText().contains(order.getProviderName()),
                Duration.ofSeconds(10));
    }

    @And("^the order's timeline reads ([A-Z_, ]+?)(, each with who and when)?$")
    public void timelineReads(String statuses, String withWhoAndWhen) {
        List<String> expected = Arrays.asList(statuses.split(", "));
        openOrderPage();
        List<WebElement> entries = browser().driver().findElements(By.cssSelector("#timeline li[data-status]"));
        // entries that change nothing (a reschedule, a complaint) carry the status the order had
        assertThat(withoutRepeats(entries.stream().map(e -> e.getDomAttribute("data-status")).toList()))
                .containsExactlyElementsOf(expected);
        if (withWhoAndWhen != null) {
            for (WebElement entry : entries) {
                assertThat(entry.findElement(By.cssSelector(".timeline-actor")).getText()).as("who").isNotBlank();
                assertThat(entry.findElement(By.cssSelector("time.timeline-time")).getText()).as("when").isNotBlank();
            }
        }
        // the page shows the order document's timeline
        assertThat(withoutRepeats(order().getTimeline().stream().map(e -> e.status().name()).toList()))
                .containsExactlyElementsOf(expected);
    }

    private static List<String> withoutRepeats(List<String> statuses) {
        List<String> changes = new ArrayList<>();
        statuses.forEach(status -> {
            if (changes.isEmpty() || !changes.getLast().equals(status)) {
                changes.add(status);
            }
        });
        return changes;
    }

    @And("she receives an email with subject containing {string} that names the order")
    public void receivesEmail(String subjectPart) {
        String orderNumber = current.number();
        browser().await(d -> {
            browser().open("/mail");
            return d.findElements(By.cssSelector("[data-mail-subject]")).stream()
                    .filter(e -> e.getText().contains(subjectPart) && e.getText().contains(orderNumber))
                    .findFirst()
                    .orElse(null);
        }, PROCESS_TIMEOUT);
        openOrderPage();
    }

    @And("the phone on the order page is shown as {string}")
    public void maskedPhone(String masked) {
        openOrderPage();
        assertThat(browser().find(By.id("contact-phone")).getText()).isEqualTo(masked);
        assertThat(browser().driver().getPageSource()).doesNotContain("13800138000");
    }

    @And("no payment was charged for the order at all")
    public void noChargeAtAll() {
        assertThat(mongo.count(ofOrder(), "payments")).isZero();
        assertThat(mongo.count(ofOrder(), "gateway_charges")).isZero();
    }

    @And("the order no longer holds its slot")
    public void slotReleased() {
        ServiceOrder order = order();
        browser().await(d -> !slots.isHeld(order.getServiceId(), order.getScheduledAt(), order.getOrderNumber()),
                PROCESS_TIMEOUT);
    }

    @And("the provider is free again at that time")
    public void providerFreeAgain() {
        ServiceOrder order = order();
        int minutes = services.findById(order.getServiceId()).orElseThrow().durationMinutes();
        assertThat(order.getProviderId()).isNotNull();
        browser().await(d -> calendar.isFree(order.getProviderId(), order.getScheduledAt(), minutes) ? true : null,
                PROCESS_TIMEOUT);
    }

    @When("she cancels the order")
    public void cancel() {
        openOrderPage();
        browser().clickToLeavePage("cancel-button");
        browser().await(d -> d.getCurrentUrl().endsWith("/orders/" + current.number()), Duration.ofSeconds(20));
    }

    @And("the full amount was refunded once, with the order's refund idempotency key")
    public void refundedOnce() {
        ServiceOrder order = order();
        browser().await(d -> mongo.count(ofOrder(), "gateway_refunds") > 0, PROCESS_TIMEOUT);
        List<Document> refunds = mongo.find(ofOrder(), Document.class, "gateway_refunds");
        assertThat(refunds).singleElement().satisfies(refund -> {
            assertThat(refund.getString("_id")).isEqualTo("refund:" + order.getOrderNumber());
            assertThat(new BigDecimal(refund.get("amount").toString())).isEqualByComparingTo(order.getAmount());
        });
    }

    @When("she complains {string}")
    public void complain(String reason) {
        openOrderPage();
        browser().type("complaint-reason", reason);
        browser().find(By.cssSelector("#complaint-form [type=submit]")).click();
        browser().await(d -> d.getCurrentUrl().endsWith("/orders/" + current.number()), Duration.ofSeconds(20));
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

    void openOrderPage() {
        browser().open("/orders/" + current.number());
    }

    ServiceOrder order() {
        return orders.findById(current.number()).orElseThrow();
    }

    private List<String> timelineStatuses() {
        return browser().driver().findElements(By.cssSelector("#timeline li[data-status]")).stream()
                .map(e -> e.getDomAttribute("data-status"))
                .toList();
    }

    private Query ofOrder() {
        return Query.query(Criteria.where("orderNumber").is(current.number()));
    }

    private void fillOrderForm(String serviceName, String contact, String phone, LocalDate day, LocalTime at) {
        ServiceItem service = services.findByName(serviceName)
                .orElseThrow(() -> new AssertionError("no catalog service named " + serviceName));
        browser().open("/orders/new?service=" + service.id());
        browser().type("contactName", contact);
        browser().type("contactPhone", phone);
        SlotPicker.pick(browser(), "date", "slot", day, at);
        browser().click("place-order-button");
    }

    Browser browser() {
        return portal.browser();
    }
}
