package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.health.HealthAccess;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.ReadingDay;
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
    private byte[] report;
    private String lastDeleted;
    private String reportLanguage;

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
        mongo.remove(mine, ReadingDay.class);
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

    @When("she deletes that reading from her health records, confirming when asked")
    public void deleteLatest() {
        Reading latest = readingsOfCustomer().stream().max(Comparator.comparing(Reading::recordedAt)).orElseThrow();
        lastDeleted = latest.id();
        WebElement confirm = browser().find(By.id("delete-confirm-" + latest.id()));
        assertThat(confirm.isDisplayed()).as("the delete button waits until she asks to delete").isFalse();
        browser().find(By.cssSelector("#delete-" + latest.id() + " > summary")).click();
        browser().clickToLeavePage("delete-confirm-" + latest.id());
    }

    @Then("her health records say the reading was deleted")
    public void deleted() {
        assertThat(browser().find(By.id("reading-deleted")).getText()).isEqualTo("读数已删除。");
        assertThat(readingsOfCustomer()).extracting(Reading::id).isNotEmpty().doesNotContain(lastDeleted);
        assertThat(browser().find(By.id("readings-table")).getText()).doesNotContain("162/96");
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

    /**
     * Follows the page's report link with the browser's session (a download would land in Chromium's download
     * folder, out of the scenario's reach).
     */
    @When("she downloads this month's report from her health records")
    public void downloadReport() throws IOException, InterruptedException {
        browser().open("/health");
        reportLanguage = browser().find(By.tagName("html")).getAttribute("lang");
        String href = browser().find(By.id("health-tab-report")).getAttribute("href");
        String cookies = browser().driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        report = response.body();
    }

    @Then("the report is a PDF with the blood pressure figures and a chart with its bands shaded")
    public void reportHasChart() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(report)) {
            String text = new PDFTextStripper().getText(pdf);
            // in the language she reads the portal in (the cookie the browser sent), Chinese unless she chose English
            if (reportLanguage.startsWith("zh")) {
                assertThat(text).contains("CareFlow 健康月报", "血压（mmHg）", "读数 ").doesNotContain("Blood pressure");
            }
            else {
                assertThat(text).contains("CareFlow health report", "Blood pressure (mmHg)", "Readings: ");
            }
            List<PDImageXObject> charts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        charts.add(image);
                    }
                }
            }
            assertThat(charts).isNotEmpty();
            BufferedImage chart = charts.get(0).getImage();
            // the normal band's green and the readings' line are both in the picture
            assertThat(colours(chart)).contains(0xd1fae5, 0x0f766e);
        }
    }

    private static java.util.Set<Integer> colours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours;
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
        return mongo.find(Query.query(Criteria.where("customerId").is(customerId())), ReadingDay.class).stream()
                .flatMap(day -> day.readings().stream()).toList();
    }

    private String customerId() {
        return keycloak.idOf("customer");
    }

    private Browser browser() {
        return portal.browser();
    }
}
