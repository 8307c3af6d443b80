package com.careflow.ai.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One measured value over time: average, extremes and the least-squares slope per day (not first vs last). */
final class Series {

    private final List<Instant> times = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();

    void add(Instant at, Number value) {
        if (value != null) {
            times.add(at);
            values.add(value.doubleValue());
        }
    }

    int count() {
        return values.size();
    }

    double average() {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    long countAtLeast(double bound) {
        return values.stream().filter(v -> v >= bound).count();
    }

    long countBelow(double bound) {
        return values.stream().filter(v -> v < bound).count();
    }

    /** Change per day from a regression over every reading; 0 with fewer than two readings or one instant. */
    double slopePerDay() {
        if (count() < 2) {
            return 0;
        }
        Instant origin = times.get(0);
        double[] days = times.stream().mapToDouble(t -> Duration.between(origin, t).toMinutes() / 1440.0).toArray();
        double meanX = Arrays.stream(days).average().orElse(0);
        double meanY = average();
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < days.length; i++) {
            covariance += (days[i] - meanX) * (values.get(i) - meanY);
            variance += (days[i] - meanX) * (days[i] - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
