package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.health.HealthAccess;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.ReadingSource;
import com.careflow.domain.health.ReadingType;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The health records pages in the browser, with the readings as MongoDB holds them. */
public class HealthSteps {

    private final PortalBrowser portal;
    private final SignedInUsers users;
    private final KeycloakUsers keycloak;
    private final HealthRecords records;
    private final MongoOperations mongo;
    private final Clock clock;
    private Browser providerBrowser;

    public HealthSteps(PortalBrowser portal, SignedInUsers users, KeycloakUsers keycloak, HealthRecords records,
            MongoOperations mongo, Clock clock) {
        this.portal = portal;
        this.users = users;
        this.keycloak = keycloak;
        this.records = records;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Given("the demo customer has no health readings")
    public void noReadings() {
        Query mine = Query.query(Criteria.where("customerId").is(customerId()));
        mongo.remove(mine, Reading.class);
        mongo.remove(mine, HealthAccess.class);
    }

    @Given("the demo customer's device recorded a systolic pressure rising from {int} to {int} over the last 30 days")
    public void risingPressure(int from, int to) {
        List<Reading> readings = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < 10; i++) {
            int systolic = from + (to - from) * i / 9;
            readings.add(new Reading(null, customerId(), ReadingType.BLOOD_PRESSURE,
                    now.minus(28 - 3L * i, ChronoUnit.DAYS), ReadingSource.DEVICE, null, systolic, 78, 70, null, null,
                    null, null, null));
        }
        records.importAll(readings);
    }

    @When("she records a blood pressure of {int}\\/{int} mmHg")
    public void recordPressure(int systolic, int diastolic) {
        browser().open("/health/readings/new");
        browser().type("systolic", String.valueOf(systolic));
        browser().type("diastolic", String.valueOf(diastolic));
        browser().clickToLeavePage("save-reading-button");
    }

    @Then("her health records show the reading in the band {string} with the advice {string}")
    public void recordedWithBand(String band, String advice) {
        assertThat(browser().currentPath()).startsWith("/health");
        assertThat(browser().find(By.id("recorded-band")).getText()).isEqualTo(band);
        assertThat(browser().find(By.id("recorded-advice")).getText()).contains(advice);
        assertThat(browser().find(By.id("readings-table")).getText()).contains(band);
        assertThat(readingsOfCustomer()).hasSize(1);
    }

    @Then("the reading form says at {string} {string}")
    public void fieldError(String field, String message) {
        assertThat(browser().find(By.id(field + "-error")).getText()).contains(message);
        assertThat(browser().find(By.id("form-error-summary")).isDisplayed()).isTrue();
    }

    @And("she has no health readings")
    public void hasNoReadings() {
        assertThat(readingsOfCustomer()).isEmpty();
    }

    @When("she opens her health trends of the last {int} days")
    public void openTrends(int days) {
        browser().open("/health");
        browser().find(By.id("period-" + days)).click();
        browser().await(d -> d.getCurrentUrl().endsWith("days=" + days), Duration.ofSeconds(10));
    }

    @Then("the blood pressure trend says {string} over {int} readings")
    public void trendSays(String direction, int count) {
        var trend = browser().find(By.id("trend-blood-pressure"));
        assertThat(trend.getAttribute("data-count")).isEqualTo(String.valueOf(count));
        assertThat(trend.findElement(By.className("trend-direction")).getText()).contains(direction);
    }

    /** Drawn by Chart.js in the browser: the script marks the canvas with what it drew (none without the script). */
    @And("its chart is drawn with {int} points and {int} risk bands shaded")
    public void chartDrawn(int points, int bands) {
        var chart = browser().find(By.id("chart-blood-pressure"));
        browser().await(d -> chart.getAttribute("data-drawn"), Duration.ofSeconds(10));
        assertThat(chart.getAttribute("data-drawn")).isEqualTo(String.valueOf(points));
        assertThat(chart.getAttribute("data-shaded-bands")).isEqualTo(String.valueOf(bands));
        assertThat(chart.getSize().getHeight()).isGreaterThan(100);
    }

    @When("she imports a device export whose line {int} has a systolic pressure below the diastolic")
    public void importBadExport(int line) throws IOException {
        StringBuilder csv = new StringBuilder("type,takenAt,systolic,diastolic,pulse\n");
        for (int i = 2; i <= 4; i++) {
            boolean bad = i == line;
            csv.append("BLOOD_PRESSURE,").append(clock.instant().minus(i, ChronoUnit.HOURS)
                    .truncatedTo(ChronoUnit.SECONDS)).append(bad ? ",80,95,70\n" : ",128,82,70\n");
        }
        Path file = Files.createTempFile("device-export", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        browser().open("/health/import");
        browser().find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser().clickToLeavePage("import-button");
    }

    @Then("the import is refused naming line {int}")
    public void importRefused(int line) {
        var problems = browser().find(By.id("import-problems"));
        assertThat(problems.findElements(By.tagName("li"))).singleElement()
                .satisfies(li -> assertThat(li.getAttribute("data-line")).isEqualTo(String.valueOf(line)));
        assertThat(problems.getText()).contains("第 " + line + " 行", "收缩压必须高于舒张压");
    }

    @When("the demo provider opens the demo customer's health records")
    public void providerOpens() {
        providerBrowser = users.demo("provider", "/provider/orders");
        providerBrowser.open("/health/customers/" + customerId());
    }

    @Then("he is refused")
    public void refused() {
        assertThat(providerBrowser.find(By.id("error-status")).getText()).contains("403");
        assertThat(providerBrowser.driver().findElements(By.id("trends-empty"))).isEmpty();
    }

    @And("nobody is in her health records' access log")
    public void accessLogEmpty() {
        assertThat(mongo.find(Query.query(Criteria.where("customerId").is(customerId())), HealthAccess.class))
                .isEmpty();
    }

    private List<Reading> readingsOfCustomer() {
        return mongo.find(Query.query(Criteria.where("customerId").is(customerId())), Reading.class);
    }

    private String customerId() {
        return keycloak.idOf("customer");
    }

    private Browser browser() {
        return portal.browser();
    }
}
