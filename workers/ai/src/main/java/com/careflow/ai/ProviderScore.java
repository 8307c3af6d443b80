package com.careflow.ai;

import java.util.Locale;

/**
 * A provider's score for one order, kept per factor (each already weighted) so it can be explained: why one
 * provider was ranked above another.
 */
public record ProviderScore(String providerId, double rating, double distance, double load, double specialty) {

    public double total() {
        return rating + distance + load + specialty;
    }

    /** E.g. {@code bj-1 0.812 = rating 0.384 + distance 0.298 + load 0.120 + specialty 0.010}. */
    public String explain() {
        return String.format(Locale.ROOT, "%s %.3f = rating %.3f + distance %.3f + load %.3f + specialty %.3f",
                providerId, total(), rating, distance, load, specialty);
    }
}
