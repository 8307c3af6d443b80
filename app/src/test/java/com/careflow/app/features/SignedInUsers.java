package com.careflow.app.features;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;

/**
 * One browser per person of a scenario (an author, two reviewers ...), each signed in through Keycloak's own page the
 * first time it is needed; all closed after the scenario.
 */
public class SignedInUsers {

    private final String baseUrl;
    private final Map<String, Browser> browsers = new LinkedHashMap<>();

    public SignedInUsers(@Value("${careflow.portal.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code username}'s browser, signed in with {@code password}, on {@code startPath}. */
    Browser browserOf(String username, String password, String startPath) {
        Browser browser = browsers.get(username);
        if (browser == null) {
            browser = new Browser(baseUrl);
            // kept before signing in: a sign-in that fails still leaves its evidence and is closed after the scenario
            browsers.put(username, browser);
            browser.signIn(startPath, username, password);
        } else {
            browser.open(startPath);
        }
        return browser;
    }

    /** {@code username}'s browser as it is, on whatever page and tab it shows; signed in first if need be. */
    Browser current(String username, String password, String startPath) {
        Browser browser = browsers.get(username);
        return browser != null ? browser : browserOf(username, password, startPath);
    }

    /** A demo user (password {@code careflow}). */
    Browser demo(String username, String startPath) {
        return browserOf(username, "careflow", startPath);
    }

    @After
    public void closeAll(Scenario scenario) {
        try {
            if (scenario.isFailed()) {
                browsers.forEach((username, browser) -> PortalBrowser.keepEvidence(scenario, "-" + username, browser));
            }
        } finally {
            browsers.values().forEach(Browser::close);
            browsers.clear();
        }
    }
}
