package com.careflow.app.features;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import org.springframework.beans.factory.annotation.Value;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/** The scenario's browser on the portal, shared by every step class of a scenario; fresh (signed out) each time. */
public class PortalBrowser {

    private final String baseUrl;
    private Browser browser;
    private boolean signedIn;

    public PortalBrowser(@Value("${careflow.portal.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Before
    public void open() {
        browser = new Browser(baseUrl);
        signedIn = false;
    }

    @After
    public void close(Scenario scenario) {
        try {
            if (scenario.isFailed()) {
                keepEvidence(scenario);
            }
        } finally {
            browser.close();
        }
    }

    /** A failed scenario leaves what the browser showed in target/cucumber-failures, for a person to look at. */
    private void keepEvidence(Scenario scenario) {
        keepEvidence(scenario, "", browser);
    }

    /** What {@code browser} shows, kept under the scenario's name and {@code whose} (e.g. "-reviewer"). */
    static void keepEvidence(Scenario scenario, String whose, Browser browser) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "cucumber-failures"));
            String name = scenario.getName().replaceAll("[^\\p{L}\\p{N}]+", "-") + whose;
            Files.write(dir.resolve(name + ".png"),
                    ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"),
                    browser.driver().getCurrentUrl() + "\n" + browser.driver().getPageSource());
        } catch (IOException | RuntimeException e) {
            scenario.log("could not keep the browser's evidence: " + e);
        }
    }

    Browser browser() {
        return browser;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Signs in on Keycloak's own login page, starting from a page that needs it. */
    void signIn(String startPath, String username, String password) {
        browser.signIn(startPath, username, password);
        signedIn = true;
    }

    /**
     * Registers a new customer through Keycloak's own registration page, from the home page's register link, and
     * returns the username; the browser is then signed in as them.
     */
    String register(String name) {
        String username = "user." + System.nanoTime();
        browser.open("/");
        browser.click("register-link");
        // Keycloak's registration page (prompt=create), not a page of ours
        browser.find(By.id("kc-register-form"));
        browser.type("username", username);
        browser.type("email", username + "@example.com");
        browser.type("firstName", name.substring(1));
        browser.type("lastName", name.substring(0, 1));
        browser.type("password", "Careflow-2026!");
        browser.type("password-confirm", "Careflow-2026!");
        browser.find(By.cssSelector("#kc-register-form [type=submit]")).click();
        browser.await(d -> d.getCurrentUrl().startsWith(baseUrl), Duration.ofSeconds(20));
        signedIn = true;
        return username;
    }

    boolean isSignedIn() {
        return signedIn;
    }
}
