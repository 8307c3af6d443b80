package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.careflow.domain.assignment.Offer;
import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.certification.ApplicationStatus;
import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.certification.ResidentIdNumbers;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * features/certification.feature: a newly registered customer applies in the portal with real uploads; reviewers
 * decide in their inbox ({@link InboxSteps}); Keycloak is asked directly what it granted.
 */
public class CertificationSteps {

    static final Duration PROCESS_TIMEOUT = ServiceOrderSteps.PROCESS_TIMEOUT;

    private final PortalBrowser portal;
    private final KeycloakUsers keycloak;
    private final CertificationApplications applications;
    private final Notices notices;
    private final InboxSteps inbox;
    private final GrabOrderSteps grabOrders;
    private final ProviderSteps providerSteps;
    private final CurrentOrder currentOrder;
    private final Clock clock;
    private final ProcessInstancesLeft instancesLeft;
    private final TestData testData;
    private final Providers providers;
    private Provider otherProvider;
    private String applicantId;
    private String applicantName;
    private String applicationId;

    public CertificationSteps(PortalBrowser portal, KeycloakUsers keycloak, CertificationApplications applications,
            Notices notices, InboxSteps inbox, GrabOrderSteps grabOrders, ProviderSteps providerSteps,
            CurrentOrder currentOrder, Clock clock, ProcessInstancesLeft instancesLeft, TestData testData,
            Providers providers) {
        this.portal = portal;
        this.keycloak = keycloak;
        this.applications = applications;
        this.notices = notices;
        this.inbox = inbox;
        this.grabOrders = grabOrders;
        this.providerSteps = providerSteps;
        this.currentOrder = currentOrder;
        this.clock = clock;
        this.instancesLeft = instancesLeft;
        this.testData = testData;
        this.providers = providers;
    }

    /** Certification instances wait a year for their expiry: they must not expire in a later scenario. */
    @After
    public void endWhatTheScenarioStarted() {
        if (applicantId != null) {
            applications.findByApplicantIdOrderBySubmittedAtDesc(applicantId)
                    .forEach(application -> instancesLeft.cancel(application.getId()));
        }
        if (otherProvider != null) {
            providers.delete(otherProvider);
        }
    }

    @Given("a new customer {string} has registered through Keycloak")
    public void registered(String name) {
        applicantId = keycloak.idOf(portal.register(name));
        applicantName = name;
    }

    /** The Keycloak id of the scenario's applicant (her provider profile's id once certified). */
    String applicantId() {
        return applicantId;
    }

    String applicantName() {
        return applicantName;
    }

    @When("she applies to be certified for {string} at {word} level in {word} with her licence and ID card")
    public void apply(String category, String level, String city) {
        apply(category, level, city, validIdNumber());
    }

    @When("she applies to be certified for {string} at {word} level in {word} with ID number {string}")
    public void apply(String category, String level, String city, String idNumber) {
        Browser browser = portal.browser();
        browser.open("/certification/apply");
        new Select(browser.find(By.id("category"))).selectByVisibleText(category);
        new Select(browser.find(By.id("level"))).selectByValue(level.toUpperCase(Locale.ROOT));
        new Select(browser.find(By.id("city"))).selectByValue(city);
        browser.type("licenceNumber", "ZY" + uniqueDigits(12));
        browser.type("idNumber", idNumber);
        browser.find(By.id("licenceFile")).sendKeys(document("licence", ".pdf").toString());
        browser.find(By.id("idCardFile")).sendKeys(document("id-card", ".png").toString());
        browser.click("submit-application-button");
        browser.await(d -> d.findElements(By.id("application-submitted")).isEmpty() ? null : true,
                Duration.ofSeconds(20));
        applicationId = applications.findByApplicantIdOrderBySubmittedAtDesc(applicantId).getFirst().getId();
    }

    @Given("she has applied to be certified for {string} at {word} level in {word}")
    public void hasApplied(String category, String level, String city) {
        apply(category, level, city);
        passesChecks();
    }

    @Given("she has been certified for {string} at {word} level in {word}")
    public void certified(String category, String level, String city) {
        hasApplied(category, level, city);
        inbox.decide("张伟", CertificationProcess.TASK_REVIEW, applicationId, true, null);
        awaitStatus(ApplicationStatus.APPROVED);
    }

    @Given("a certification application is waiting for review")
    public void applicationWaiting() {
        registered("韩雪");
        hasApplied("陪诊服务", "standard", "北京");
    }

    @Given("another {word} provider in {word} is certified for two more years")
    public void anotherProvider(String categoryLabel, String city) {
        otherProvider = testData.providers("escort-two-years-" + System.nanoTime(), 1,
                ServiceCategory.COMPANION_ESCORT, city, Duration.ofDays(730)).getFirst();
    }

    @Then("her application passes the automated checks and waits for a reviewer")
    public void passesChecks() {
        CertificationApplication application = awaitStatus(ApplicationStatus.IN_REVIEW);
        assertThat(application.getChecks()).isNotEmpty().allSatisfy(check -> assertThat(check.passed()).isTrue());
        inbox.awaitOpenTask(CertificationProcess.TASK_REVIEW, application.getId());
        assertThat(statusShown()).isEqualTo(ApplicationStatus.IN_REVIEW.name());
    }

    @Then("her application is rejected with the check {string} failed")
    public void rejectedByChecks(String checkLabel) {
        awaitStatus(ApplicationStatus.REJECTED);
        assertThat(statusShown()).isEqualTo(ApplicationStatus.REJECTED.name());
        List<WebElement> failed = portal.browser().driver().findElements(By.cssSelector(
                "#application-" + applicationId + "-checks li.check[data-passed='false']"));
        assertThat(failed).extracting(WebElement::getText).anyMatch(text -> text.contains(checkLabel));
    }

    @When("reviewer {word} approves her application")
    public void reviewerApproves(String reviewer) {
        inbox.decide(reviewer, CertificationProcess.TASK_REVIEW, applicationId, true, null);
    }

    @When("reviewer {word} rejects her application as {string}")
    public void reviewerRejects(String reviewer, String reasonLabel) {
        inbox.decide(reviewer, CertificationProcess.TASK_REVIEW, applicationId, false, reasonLabel);
    }

    @Then("her application shows the reason {string}")
    public void showsReason(String reasonLabel) {
        awaitStatus(ApplicationStatus.REJECTED);
        assertThat(statusShown()).isEqualTo(ApplicationStatus.REJECTED.name());
        assertThat(portal.browser().driver().findElements(By.cssSelector(
                        "#application-" + applicationId + "-reasons li[data-reason]")))
                .extracting(WebElement::getText).anyMatch(text -> text.contains(reasonLabel));
    }

    @Then("Keycloak gives her the provider role and the group of certified {word} providers")
    public void keycloakGrants(String categoryLabel) {
        // the certify worker tells Keycloak before it records the approval
        awaitStatus(ApplicationStatus.APPROVED);
        assertThat(keycloak.realmRolesOf(applicantId)).contains("provider");
        assertThat(keycloak.groupsOf(applicantId)).contains(groupOf(application().getCategory()));
    }

    @Then("Keycloak has not given her the provider role")
    public void keycloakDidNotGrant() {
        assertThat(keycloak.realmRolesOf(applicantId)).doesNotContain("provider");
        assertThat(keycloak.groupsOf(applicantId)).isEmpty();
    }

    @Then("Keycloak no longer has her in the group of certified {word} providers")
    public void keycloakRevoked(String categoryLabel) {
        assertThat(keycloak.groupsOf(applicantId)).doesNotContain(groupOf(application().getCategory()));
    }

    @Then("her certificate for {string} is valid for a year")
    public void validForAYear(String category) {
        CertificationApplication application = application();
        assertThat(application.getExpiresAt()).isBetween(application.getDecidedAt().plus(364, ChronoUnit.DAYS),
                application.getDecidedAt().plus(366, ChronoUnit.DAYS));
        WebElement certificate = certificateRow(application.getCategory());
        assertThat(certificate.getDomAttribute("data-valid")).isEqualTo("true");
    }

    @Then("her certificate for {string} has expired")
    public void expired(String category) {
        awaitStatus(ApplicationStatus.EXPIRED);
        assertThat(certificateRow(application().getCategory()).getDomAttribute("data-valid")).isEqualTo("false");
    }

    @Then("she is told in the portal that her application was approved")
    public void toldApproved() {
        awaitNotice(CertificationProcess.TEMPLATE_APPROVED);
    }

    @Then("she is reminded to renew her certificate for {string}")
    public void reminded(String category) {
        awaitNotice(CertificationProcess.TEMPLATE_RENEWAL);
    }

    @Then("a new {word} order in {word} is not offered to her")
    public void notOffered(String categoryLabel, String city) {
        // two days after "now" on the moved platform clock
        grabOrders.customerPays("半日陪诊（" + city + "）", LocalDate.now(clock).plusDays(2), LocalTime.of(13, 0));
        Offer offer = providerSteps.openOffer(currentOrder.number());
        assertThat(offer.getCategory()).isEqualTo(application().getCategory());
        assertThat(offer.getEligibleProviderIds()).contains(otherProvider.getId()).doesNotContain(applicantId);
    }

    private void awaitNotice(String template) {
        notices.awaitShown(portal.browser(), applicantId, template, PROCESS_TIMEOUT);
    }

    private CertificationApplication awaitStatus(ApplicationStatus status) {
        return portal.browser().await(d -> {
            CertificationApplication application = application();
            return application.getStatus() == status ? application : null;
        }, PROCESS_TIMEOUT);
    }

    /** The status the applicant's page shows for the application (reloaded). */
    private String statusShown() {
        portal.browser().open("/certification");
        return portal.browser().find(By.id("application-" + applicationId)).getDomAttribute("data-status");
    }

    private WebElement certificateRow(ServiceCategory category) {
        portal.browser().open("/certification");
        return portal.browser().find(By.id("certificate-" + category.name()));
    }

    private CertificationApplication application() {
        return applications.findById(applicationId).orElseThrow();
    }

    private static String groupOf(ServiceCategory category) {
        return "/certified/" + category.name();
    }

    /** A resident ID number with a correct check character, different for each applicant (duplicates are refused). */
    private static String validIdNumber() {
        String first17 = "110101" + (1970 + ThreadLocalRandom.current().nextInt(30)) + "0307" + uniqueDigits(3);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    private static String uniqueDigits(int count) {
        String digits = Long.toString(System.nanoTime());
        return digits.substring(digits.length() - count);
    }

    /** A small document of the right type whose bytes differ for every applicant (duplicate checksums are refused). */
    private static Path document(String name, String suffix) {
        byte[] unique = (" " + System.nanoTime() + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] header = suffix.equals(".pdf") ? "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII)
                : new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
        byte[] bytes = new byte[header.length + unique.length + 16];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(unique, 0, bytes, header.length, unique.length);
        try {
            Path file = Files.createTempFile("careflow-" + name + "-", suffix);
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
