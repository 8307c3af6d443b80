package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The customer's payment steps of features/payment.feature: declines, gateway outages, trying again. */
public class PaymentSteps {

    private final ServiceOrderSteps customer;
    private final OperationsSteps operations;
    private final CurrentOrder current;
    private final MongoOperations mongo;

    public PaymentSteps(ServiceOrderSteps customer, OperationsSteps operations, CurrentOrder current,
            MongoOperations mongo) {
        this.customer = customer;
        this.operations = operations;
        this.current = current;
        this.mongo = mongo;
    }

    @When("she pays with card {string} while the payment gateway is down")
    public void payWhileGatewayDown(String cardNumber) {
        // the simulated gateway has a processing error for card ...0119 on every try
        customer.pay(cardNumber);
    }

    /** The payment section changes on the open page, by the live update, to say {@code text}. */
    @Then("the page says without reloading {string}")
    @And("then without reloading {string}")
    public void pageSays(String text) {
        JavascriptExecutor js = (JavascriptExecutor) customer.browser().driver();
        if (js.executeScript("return window.careflowSamePage === true;") != Boolean.TRUE) {
            js.executeScript("window.careflowSamePage = true;");
        }
        customer.browser().await(d -> d.findElement(By.id("payment-section")).getText().contains(text) ? true : null,
                ServiceOrderSteps.PROCESS_TIMEOUT);
        assertThat(js.executeScript("return window.careflowSamePage === true;"))
                .as("the payment section changed on the open page").isEqualTo(Boolean.TRUE);
    }

    @And("the order is still waiting for payment, with the payment form and the time left to pay")
    public void stillPayable() {
        assertThat(customer.order().getStatus().name()).isEqualTo("PENDING");
        customer.browser().find(By.id("payment-form"));
        String left = customer.browser().find(By.id("payment-countdown")).getText();
        assertThat(left).as("minutes and seconds left").matches("\\d{2}:\\d{2}");
        assertThat(left).isNotEqualTo("00:00");
    }

    @And("operations receives an email with subject containing {string} that names the order")
    public void operationsEmailed(String subjectPart) {
        ProviderSteps.await(() -> operations.mailMentions(current.number()) ? true : null,
                "the operations email (" + subjectPart + ") about " + current.number());
    }

    @And("the order was charged once, on the card ending {word}, after one declined attempt")
    public void chargedOnceAfterADecline(String last4) {
        List<Document> attempts = payments();
        assertThat(attempts).extracting(p -> p.getString("status")).containsExactlyInAnyOrder("DECLINED",
                "APPROVED");
        assertThat(attempts).filteredOn(p -> "APPROVED".equals(p.getString("status"))).singleElement()
                .satisfies(p -> assertThat(p.getString("cardLast4")).isEqualTo(last4));
        assertThat(mongo.count(ofOrder().addCriteria(Criteria.where("result.approved").is(true)),
                "gateway_charges")).isEqualTo(1);
    }

    @And("the order was charged once, on the card ending {word}, with nothing charged on the card ending {word}")
    public void chargedOnceNothingOnTheOther(String paid, String failed) {
        customer.browser().await(d -> payments().isEmpty() ? null : true, Duration.ofSeconds(10));
        assertThat(payments()).singleElement().satisfies(p -> {
            assertThat(p.getString("status")).isEqualTo("APPROVED");
            assertThat(p.getString("cardLast4")).isEqualTo(paid);
        });
        List<Document> ledger = mongo.find(ofOrder(), Document.class, "gateway_charges");
        assertThat(ledger).singleElement().satisfies(c -> assertThat(c.getString("cardLast4")).isEqualTo(paid));
        assertThat(ledger).noneMatch(c -> failed.equals(c.getString("cardLast4")));
    }

    private List<Document> payments() {
        return mongo.find(ofOrder(), Document.class, "payments");
    }

    private Query ofOrder() {
        return Query.query(Criteria.where("orderNumber").is(current.number()));
    }
}
