package com.careflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recorded durations of one kind of operation; percentiles by nearest rank. Thread-safe. */
final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    synchronized void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    synchronized void addAll(Latencies other) {
        nanos.addAll(other.snapshot());
    }

    synchronized int count() {
        return nanos.size();
    }

    Duration percentile(double p) {
        List<Long> sorted = snapshot();
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Duration.ofNanos(sorted.get(Math.clamp(rank - 1, 0, sorted.size() - 1)));
    }

    Duration max() {
        return Duration.ofNanos(snapshot().stream().mapToLong(Long::longValue).max().orElse(0));
    }

    Duration mean() {
        return Duration.ofNanos((long) snapshot().stream().mapToLong(Long::longValue).average().orElse(0));
    }

    private synchronized List<Long> snapshot() {
        return new ArrayList<>(nanos);
    }

    /** Milliseconds with one decimal below 100 ms, whole ones above: "3.4 ms", "1250 ms". */
    static String ms(Duration d) {
        double ms = d.toNanos() / 1_000_000.0;
        return ms < 100 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.0f ms", ms);
    }
}
