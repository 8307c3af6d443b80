package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Over real HTTP: addresses too long for the portal, and too long for the server to read at all. */
public class LongAddressSteps {

    /** What a browser asks for when it opens a page. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private HttpResponse<String> response;

    public LongAddressSteps(@Value("${careflow.portal.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @When("a visitor opens a search address with a {int} KB query string")
    public void searchWithLongQuery(int kilobytes) throws IOException, InterruptedException {
        response = get("/search?q=" + "a".repeat(kilobytes * 1024), BROWSER, null);
    }

    @When("an English-speaking visitor opens a search address with a {int} KB query string")
    public void searchWithLongQueryInEnglish(int kilobytes) throws IOException, InterruptedException {
        response = get("/search?q=" + "a".repeat(kilobytes * 1024), BROWSER, "careflow-lang=en");
    }

    @When("a script calls the search API with a {int} KB query string")
    public void apiWithLongQuery(int kilobytes) throws IOException, InterruptedException {
        response = get("/api/search?q=" + "a".repeat(kilobytes * 1024), "application/json", null);
    }

    @Then("she gets the portal's error page with status {int} saying {string}")
    public void portalErrorPage(int status, String text) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("id=\"error-page\"", "data-status=\"" + status + "\"", text);
    }

    @Then("it gets a {int} problem document saying {string}")
    public void problemDocument(int status, String text) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).contains(text);
    }

    @Then("she gets the portal's page with status {int} saying {string} and {string}")
    public void bilingualPage(int status, String chinese, String english) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("id=\"error-page\"", chinese, english)
                .doesNotContain("Apache Tomcat");
    }

    private HttpResponse<String> get(String path, String accept, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20)).header("Accept", accept).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
