package com.careflow.ai;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.ai.*}: the scoring weights ({@code careflow.ai.scoring.rating|distance|load|specialty}) and how
 * long a failed task waits before the engine hands it out again.
 */
@ConfigurationProperties("careflow.ai")
record AiProperties(@DefaultValue Scoring scoring, @DefaultValue("10s") Duration retryBackoff) {

    /**
     * Weights of the factors, each factor being 0..1; with weights summing to 1 a score is 0..1 too. Distance and
     * load give no credit from {@code maxDistanceKm} and {@code maxLoad} on.
     */
    record Scoring(@DefaultValue("0.4") double rating, @DefaultValue("0.3") double distance,
            @DefaultValue("0.2") double load, @DefaultValue("0.1") double specialty,
            @DefaultValue("50") double maxDistanceKm, @DefaultValue("5") int maxLoad) {
    }
}
