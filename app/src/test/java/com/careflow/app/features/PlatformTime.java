package com.careflow.app.features;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;

import io.cucumber.java.After;

/**
 * Moves time for a scenario: the broker's controlled clock (timers, FEEL {@code now()}) through its REST API, and the
 * app's {@link PlatformClock}, together. The broker's REST API can only pin its clock, and a pinned clock does not fire
 * timers created after the pin that are already due; so once moved, the broker's clock is pinned again every second
 * to the app's (running) time, and time goes on from the moved moment as it would for real. After the scenario both
 * go back to real time, so the next scenario's timers are not already due.
 */
public class PlatformTime {

    private final PlatformClock appClock;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI clockEndpoint;
    private ScheduledExecutorService ticker;

    public PlatformTime(PlatformClock appClock, @Value("${camunda.client.rest-address}") String restAddress) {
        this.appClock = appClock;
        this.clockEndpoint = URI.create(restAddress + "/v2/clock");
    }

    /** Both clocks to {@code instant}; the broker fires every timer due by then, and time runs on from there. */
    synchronized void moveTo(Instant instant) {
        appClock.moveTo(instant);
        pinBroker(instant);
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("broker-clock")
                    .unstarted(r));
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    Instant now() {
        return appClock.instant();
    }

    @After
    public synchronized void backToRealTime() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        ticker = null;
        appClock.reset();
        send(HttpRequest.newBuilder(URI.create(clockEndpoint + "/reset")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private void tick() {
        try {
            pinBroker(appClock.instant());
        } catch (RuntimeException e) {
            // the broker may be restarting; the next tick tries again
        }
    }

    private void pinBroker(Instant instant) {
        send(HttpRequest.newBuilder(clockEndpoint).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"timestamp\":" + instant.toEpochMilli() + "}")));
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
