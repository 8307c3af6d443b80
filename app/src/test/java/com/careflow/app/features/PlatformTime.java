package com.careflow.app.features;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;

import io.cucumber.java.After;

/**
 * Moves time for a scenario: the broker's controlled clock (timers, FEEL {@code now()}) through its REST API, and the
 * app's {@link PlatformClock}, together. After the scenario both go back to real time, so the next scenario's
 * timers are not already due.
 */
public class PlatformTime {

    private final PlatformClock appClock;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI clockEndpoint;
    private boolean moved;

    public PlatformTime(PlatformClock appClock, @Value("${camunda.client.rest-address}") String restAddress) {
        this.appClock = appClock;
        this.clockEndpoint = URI.create(restAddress + "/v2/clock");
    }

    /** Both clocks to {@code instant}; the broker fires every timer due by then. */
    void moveTo(Instant instant) {
        moved = true;
        appClock.moveTo(instant);
        send(HttpRequest.newBuilder(clockEndpoint).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"timestamp\":" + instant.toEpochMilli() + "}")));
    }

    Instant now() {
        return appClock.instant();
    }

    @After
    public void backToRealTime() {
        if (!moved) {
            return;
        }
        appClock.reset();
        send(HttpRequest.newBuilder(URI.create(clockEndpoint + "/reset")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private void send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("The broker's clock refused: " + response.statusCode() + " "
                        + response.body());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The broker's clock is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
