package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps of features/sign-in.feature: Keycloak's real login and registration pages and realm roles. */
public class SignInSteps {

    private final PortalBrowser portal;
    private final ServiceItems services;

    public SignInSteps(PortalBrowser portal, ServiceItems services) {
        this.portal = portal;
        this.services = services;
    }

    @Given("a visitor on the portal's home page")
    public void visitorOnHome() {
        browser().open("/");
        assertThat(browser().find(By.id("register-link")).isDisplayed()).isTrue();
    }

    @When("she registers with Keycloak as {string} with a new username and email")
    public void register(String name) {
        portal.register(name);
    }

    @Then("she is signed in to the portal")
    public void signedIn() {
        assertThat(browser().find(By.id("logout-button")).isDisplayed()).isTrue();
    }

    @And("she can open the order form for {string}")
    public void canOpenOrderForm(String serviceName) {
        ServiceItem service = services.findByName(serviceName)
                .orElseThrow(() -> new AssertionError("no catalog service named " + serviceName));
        browser().open("/orders/new?service=" + service.id());
        assertThat(browser().find(By.id("place-order-button")).isDisplayed()).isTrue();
    }

    @Given("the demo provider has signed in through Keycloak from the home page")
    public void providerSignsIn() {
        browser().signInFromHome("provider", "careflow");
        assertThat(browser().find(By.id("logout-button")).isDisplayed()).isTrue();
    }

    @When("she opens her orders page")
    public void opensOrders() {
        browser().open("/orders");
    }

    @Then("the portal refuses with {string}")
    public void refused(String status) {
        assertThat(browser().find(By.id("error-status")).getText()).contains(status);
    }

    private Browser browser() {
        return portal.browser();
    }
}
