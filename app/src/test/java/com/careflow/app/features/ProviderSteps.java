package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.assignment.AssignedBy;
import com.careflow.domain.assignment.GrabOutcome;
import com.careflow.domain.assignment.Offer;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.assignment.Offers;
import com.careflow.domain.engine.Workflows;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.GrabOrderProcess;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Providers' steps: the demo provider 李娜 in her own browser, and grabs by other providers. */
public class ProviderSteps {

    /** The demo provider's Keycloak user id (identity/keycloak-realm.json). */
    static final String DEMO_PROVIDER_ID = "5b0c2a4e-7d1f-4c8e-9a3b-000000000002";

    private final SignedInUsers users;
    private final OfferDesk offerDesk;
    private final Offers offers;
    private final Orders orders;
    private final Workflows workflows;
    private final CurrentOrder current;
    private final PlatformTime time;
    private Browser providerBrowser;

    public ProviderSteps(SignedInUsers users, OfferDesk offerDesk, Offers offers, Orders orders, Workflows workflows,
            CurrentOrder current, PlatformTime time) {
        this.users = users;
        this.offerDesk = offerDesk;
        this.offers = offers;
        this.orders = orders;
        this.workflows = workflows;
        this.current = current;
        this.time = time;
    }

    /**
     * The first eligible provider who is free grabs the order, the demo provider first, as the portal's grab does it:
     * the claim in Mongo, then the message to the engine.
     */
    @When("an eligible provider takes the order")
    public void eligibleProviderTakesTheOrder() {
        Offer offer = openOffer(current.number());
        List<String> candidates = offer.getEligibleProviderIds().stream()
                .sorted(Comparator.comparing((String id) -> !id.equals(DEMO_PROVIDER_ID)).thenComparing(id -> id))
                .toList();
        for (String providerId : candidates) {
            if (grabAsThePortalDoes(offer.getOrderNumber(), providerId) == GrabOutcome.WON) {
                return;
            }
        }
        throw new AssertionError("no eligible provider could take order " + offer.getOrderNumber() + ": " + candidates);
    }

    /** What the portal's grab API does for a provider: the claim, and on a win the message to the grab-order. */
    GrabOutcome grabAsThePortalDoes(String orderNumber, String providerId) {
        GrabOutcome outcome = offerDesk.grab(orderNumber, providerId);
        if (outcome == GrabOutcome.WON) {
            workflows.send(GrabOrderProcess.MESSAGE_ORDER_GRABBED, orderNumber, "grabbed:" + orderNumber,
                    Duration.ofMinutes(10), Map.of("providerId", providerId));
        }
        return outcome;
    }

    Offer openOffer(String orderNumber) {
        return await(() -> offers.findById(orderNumber).filter(o -> o.getStatus().isGrabbable()).orElse(null),
                "an open offer for " + orderNumber);
    }

    @Given("the demo provider 李娜 has her open offers in front of her")
    public void demoProviderWatchesOffers() {
        providerBrowser = users.demo("provider", "/provider/offers");
        ((JavascriptExecutor) providerBrowser.driver()).executeScript("window.careflowSamePage = true;");
    }

    @Then("the order appears in her offers without reloading the page")
    public void offerAppears() {
        String row = "tr[data-order='" + current.number() + "']";
        providerBrowser.await(d -> d.findElements(By.cssSelector(row)).isEmpty() ? null : true,
                ServiceOrderSteps.PROCESS_TIMEOUT);
        assertSamePage();
    }

    @When("she grabs the order")
    public void grab() {
        providerBrowser.find(By.cssSelector("tr[data-order='" + current.number() + "'] .grab-button")).click();
    }

    @Then("she is told she got the order")
    public void toldSheGotIt() {
        providerBrowser.await(d -> "WON".equals(d.findElement(By.id("grab-result")).getDomAttribute("data-outcome")),
                Duration.ofSeconds(15));
        assertThat(providerBrowser.find(By.id("grab-result")).getText()).isNotBlank();
    }

    @And("the order is confirmed with 李娜 as its provider, assigned by grab")
    public void confirmedWithDemoProvider() {
        ServiceOrder order = awaitStatus(current.number(), OrderStatus.CONFIRMED);
        assertThat(order.getProviderId()).isEqualTo(DEMO_PROVIDER_ID);
        assertThat(order.getProviderName()).isEqualTo("李娜");
        assertThat(offers.findById(current.number()).orElseThrow().getAssignedBy()).isEqualTo(AssignedBy.GRAB);
    }

    @And("the order is no longer offered to anyone")
    public void noLongerOffered() {
        String row = "tr[data-order='" + current.number() + "']";
        providerBrowser.await(d -> d.findElements(By.cssSelector(row)).isEmpty() ? true : null, Duration.ofSeconds(15));
        assertSamePage();
        assertThat(offers.findById(current.number()).orElseThrow().getStatus().isGrabbable()).isFalse();
    }

    /**
     * The demo provider checks in ten minutes before the start and completes the service once it has started, on
     * her own pages.
     */
    @When("the provider checks in and completes the service")
    public void checkInAndComplete() {
        ServiceOrder order = awaitStatus(current.number(), OrderStatus.CONFIRMED);
        assertThat(order.getProviderId()).as("the demo provider took the order").isEqualTo(DEMO_PROVIDER_ID);
        time.moveTo(order.getScheduledAt().minusMinutes(10).atZone(AppointmentTimes.ZONE).toInstant());
        checkIn();
        time.moveTo(order.getScheduledAt().plusMinutes(5).atZone(AppointmentTimes.ZONE).toInstant());
        markCompleted();
    }

    @When("the provider checks in")
    public void checkIn() {
        awaitStatus(current.number(), OrderStatus.CONFIRMED);
        openOwnOrders();
        providerBrowser.find(By.cssSelector(row() + " .check-in-button")).click();
        awaitStatus(current.number(), OrderStatus.IN_PROGRESS);
    }

    @Then("the provider cannot check in yet and is told {string}")
    public void cannotCheckInYet(String hint) {
        openOwnOrders();
        assertThat(providerBrowser.driver().findElements(By.cssSelector(row() + " .check-in-button"))).isEmpty();
        assertThat(providerBrowser.find(By.cssSelector(row() + " .check-in-later")).getText()).isEqualTo(hint);
    }

    @When("the provider marks the service completed")
    public void markCompleted() {
        openOwnOrders();
        providerBrowser.await(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector(row() + " .complete-button")).isEmpty() ? null : true;
        }, ServiceOrderSteps.PROCESS_TIMEOUT);
        providerBrowser.find(By.cssSelector(row() + " .complete-button")).click();
    }

    @Then("the provider is told {string}")
    public void providerIsTold(String notice) {
        assertThat(providerBrowser.find(By.id("notice")).getText()).isEqualTo(notice);
    }

    @Then("the order is still {string}")
    public void stillIn(String status) {
        assertThat(orders.findById(current.number()).orElseThrow().getStatus().name()).isEqualTo(status);
    }

    private void openOwnOrders() {
        if (providerBrowser == null) {
            demoProviderWatchesOffers();
        }
        providerBrowser.open("/provider/orders");
    }

    private String row() {
        return "[data-order='" + current.number() + "']";
    }

    ServiceOrder awaitStatus(String orderNumber, OrderStatus status) {
        return await(() -> orders.findById(orderNumber).filter(o -> o.getStatus() == status).orElse(null),
                "order " + orderNumber + " to be " + status);
    }

    private void assertSamePage() {
        assertThat(((JavascriptExecutor) providerBrowser.driver()).executeScript(
                "return window.careflowSamePage === true;")).as("the list changed without a reload").isEqualTo(true);
    }

    static <T> T await(java.util.function.Supplier<T> probe, String what) {
        long deadline = System.nanoTime() + ServiceOrderSteps.PROCESS_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
