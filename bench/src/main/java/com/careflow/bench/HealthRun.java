package com.careflow.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careflow.domain.health.GlucoseTiming;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.ReadingSource;
import com.careflow.domain.health.ReadingType;
import com.careflow.domain.health.Trends;

/**
 * Health records: {@code healthReadings} generated readings over {@code healthCustomers} customers and the last 180
 * days (fixed seed), saved through {@link HealthRecords#importAll} in batches (checked, pushed into their day
 * buckets); then the 90-day blood-pressure trend of a random customer ({@link Trends}: count, average, min, max and
 * the least-squares line) against a plain find of the same readings ({@link HealthRecords#readingsBetween}), one at
 * a time, the two alternating.
 */
final class HealthRun {

    private static final Logger log = LoggerFactory.getLogger(HealthRun.class);
    private static final int BATCH = 10_000;
    private static final int HISTORY_DAYS = 180;
    private static final int TREND_DAYS = 90;

    record Result(long readings, int customers, Duration inserted, Latencies trend, Latencies find, double meanPoints,
            int warmup) {
    }

    private final Trends trends;
    private final HealthRecords records;
    private final Clock clock;
    private final BenchSettings settings;
    private final Random random = new Random(15);

    HealthRun(Trends trends, HealthRecords records, Clock clock, BenchSettings settings) {
        this.trends = trends;
        this.records = records;
        this.clock = clock;
        this.settings = settings;
    }

    Result run() {
        Duration inserted = insert();
        Latencies trend = new Latencies();
        Latencies find = new Latencies();
        long points = 0;
        int measured = 0;
        for (int i = 0; i < settings.healthWarmupQueries() + settings.healthQueries(); i++) {
            boolean warm = i >= settings.healthWarmupQueries();
            String customer = customer(random.nextInt(settings.healthCustomers()));
            Instant to = clock.instant();
            // which goes first alternates, so neither always finds the other's documents in the cache
            long trendNanos = 0;
            long findNanos = 0;
            List<Reading> found = List.of();
            for (int turn = 0; turn < 2; turn++) {
                long start = System.nanoTime();
                if ((turn + i) % 2 == 0) {
                    trends.of(customer, ReadingType.BLOOD_PRESSURE, TREND_DAYS);
                    trendNanos = System.nanoTime() - start;
                }
                else {
                    found = records.readingsBetween(customer, ReadingType.BLOOD_PRESSURE,
                            to.minus(TREND_DAYS, ChronoUnit.DAYS), to);
                    findNanos = System.nanoTime() - start;
                }
            }
            if (warm) {
                trend.add(trendNanos);
                find.add(findNanos);
                points += found.size();
                measured++;
                if (measured % 100 == 0) {
                    log.info("health: {} of {} queries of each kind", measured, settings.healthQueries());
                }
            }
        }
        return new Result(settings.healthReadings(), settings.healthCustomers(), inserted, trend, find,
                measured == 0 ? 0 : (double) points / measured, settings.healthWarmupQueries());
    }

    /** Saved as a device import would save them, a batch at a time. */
    private Duration insert() {
        long start = System.nanoTime();
        Instant now = clock.instant();
        List<Reading> batch = new ArrayList<>(BATCH);
        for (long n = 0; n < settings.healthReadings(); n++) {
            batch.add(reading(customer((int) (n % settings.healthCustomers())), now));
            if (batch.size() == BATCH || n == settings.healthReadings() - 1) {
                records.importAll(batch);
                batch = new ArrayList<>(BATCH);
                if ((n + 1) % 100_000 == 0) {
                    log.info("health: {} readings saved", n + 1);
                }
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Values inside the normal to stage-2 bands: none is a crisis, so the import starts no alert. */
    private Reading reading(String customer, Instant now) {
        Instant at = now.minusSeconds(1 + random.nextInt(HISTORY_DAYS * 86_400));
        int kind = random.nextInt(20);
        if (kind < 10) {
            int systolic = 105 + random.nextInt(60);
            return new Reading(null, customer, ReadingType.BLOOD_PRESSURE, at, ReadingSource.DEVICE, null, systolic,
                    systolic - 35 - random.nextInt(15), 55 + random.nextInt(40), null, null, null, null, null);
        }
        if (kind < 15) {
            return new Reading(null, customer, ReadingType.BLOOD_GLUCOSE, at, ReadingSource.DEVICE, null, null, null,
                    null, decimal(4 + random.nextInt(80) / 10.0), GlucoseTiming.values()[random.nextInt(3)], null,
                    null, null);
        }
        if (kind < 18) {
            return new Reading(null, customer, ReadingType.WEIGHT, at, ReadingSource.DEVICE, null, null, null, null,
                    null, null, decimal(50 + random.nextInt(500) / 10.0), null, null);
        }
        return new Reading(null, customer, ReadingType.HEART_RATE, at, ReadingSource.DEVICE, null, null, null, null,
                null, null, null, 50 + random.nextInt(60), null);
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static String customer(int n) {
        return "bench-customer-" + n;
    }
}
