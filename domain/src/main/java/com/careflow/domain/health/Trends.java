package com.careflow.domain.health;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.springframework.stereotype.Component;

/**
 * The 7, 30 and 90-day views of a customer's readings: count, average, minimum, maximum and the least-squares line
 * (x in days since the period's start), folded in one pass over the period's readings, which come from its day
 * buckets ({@link ReadingDay}: at most 91 documents read by id, however many readings the collection holds). The
 * direction comes from that line's slope, never from the first and last readings: the fitted change over the period
 * must reach {@link #threshold} to count as rising or falling.
 */
@Component
public class Trends {

    public static final List<Integer> PERIODS = List.of(7, 30, 90);
    /** A line through fewer readings says nothing. */
    public static final int MIN_READINGS = 3;
    private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

    /** The main value of each type (blood pressure: systolic; its diastolic is the secondary value). */
    private static final Map<ReadingType, ToDoubleFunction<Reading>> VALUE = Map.of(
            ReadingType.BLOOD_PRESSURE, Reading::systolic, ReadingType.BLOOD_GLUCOSE, r -> r.glucose().doubleValue(),
            ReadingType.WEIGHT, r -> r.weightKg().doubleValue(), ReadingType.HEART_RATE, Reading::heartRate);

    private final HealthRecords records;
    private final Clock clock;

    Trends(HealthRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * The smallest fitted change over the period that counts as a direction, in the type's unit: 5 mmHg systolic
     * (about the within-person day-to-day variation of home readings), 0.5 mmol/L glucose, 1 kg, 5 beats per
     * minute. Below it the trend is stable.
     */
    public static BigDecimal threshold(ReadingType type) {
        return switch (type) {
            case BLOOD_PRESSURE, HEART_RATE -> new BigDecimal(5);
            case BLOOD_GLUCOSE -> new BigDecimal("0.5");
            case WEIGHT -> BigDecimal.ONE;
        };
    }

    /** The period of {@code days} up to now; one trend per type (glucose: per timing) that has readings. */
    public List<Trend> of(String customerId, int days) {
        Instant to = clock.instant();
        return between(customerId, to.minus(days, ChronoUnit.DAYS), to);
    }

    public List<Trend> of(String customerId, ReadingType type, int days) {
        Instant to = clock.instant();
        return trends(records.readingsBetween(customerId, type, to.minus(days, ChronoUnit.DAYS), to), customerId,
                to.minus(days, ChronoUnit.DAYS), to);
    }

    /** Every type's trends over [from, to] (a month's report); the period counts as its whole days. */
    public List<Trend> between(String customerId, Instant from, Instant to) {
        return trends(records.readingsBetween(customerId, from, to), customerId, from, to);
    }

    public List<Trend> between(String customerId, ReadingType type, Instant from, Instant to) {
        return trends(records.readingsBetween(customerId, type, from, to), customerId, from, to);
    }

    /** The readings the chart draws: the same period, oldest first. */
    public List<Reading> readings(String customerId, ReadingType type, int days) {
        Instant to = clock.instant();
        return records.readingsBetween(customerId, type, to.minus(days, ChronoUnit.DAYS), to);
    }

    /** One trend per type and glucose timing present in {@code readings}, in the types' order. */
    private List<Trend> trends(List<Reading> readings, String customerId, Instant from, Instant to) {
        int days = (int) Math.max(1, Duration.between(from, to).toDays());
        Map<Series, Sums> bySeries = new LinkedHashMap<>();
        for (Reading reading : readings) {
            bySeries.computeIfAbsent(new Series(reading.type(), reading.glucoseTiming()), s -> new Sums()).add(
                    (reading.takenAt().toEpochMilli() - from.toEpochMilli()) / MILLIS_PER_DAY,
                    VALUE.get(reading.type()).applyAsDouble(reading), reading.diastolic());
        }
        BigDecimal height = bySeries.keySet().stream().anyMatch(s -> s.type() == ReadingType.WEIGHT)
                ? records.heightOf(customerId) : null;
        List<Trend> trends = new ArrayList<>();
        bySeries.forEach((series, sums) -> trends.add(trend(series, days, sums, height)));
        trends.sort(Comparator.comparing(Trend::type).thenComparing(t -> t.timing() == null ? -1 : t.timing().ordinal()));
        return trends;
    }

    private static Trend trend(Series series, int days, Sums sums, BigDecimal height) {
        ReadingType type = series.type();
        int scale = type == ReadingType.BLOOD_PRESSURE || type == ReadingType.HEART_RATE ? 0 : 1;
        Double slope = slope(sums.n, sums.sx, sums.sy, sums.sxy, sums.sxx);
        double avg = sums.sy / sums.n;
        BigDecimal average = Trend.round(avg, scale);
        boolean pressure = type == ReadingType.BLOOD_PRESSURE;
        BigDecimal avg2 = pressure ? Trend.round(sums.sy2 / sums.n, 0) : null;
        RiskBand band = switch (type) {
            case BLOOD_PRESSURE -> RiskBands.bloodPressure(average.intValue(), avg2.intValue());
            case BLOOD_GLUCOSE -> RiskBands.glucose(Trend.round(avg, 1), series.timing());
            case HEART_RATE -> RiskBands.heartRate(average.intValue());
            case WEIGHT -> {
                BigDecimal bmi = HealthProfile.Bmi.of(height, Trend.round(avg, 1));
                yield bmi == null ? null : RiskBands.bmi(bmi);
            }
        };
        return new Trend(type, series.timing(), days, sums.n, average, Trend.round(sums.min, scale),
                Trend.round(sums.max, scale), avg2, pressure ? Trend.round(sums.min2, 0) : null,
                pressure ? Trend.round(sums.max2, 0) : null, slope == null ? null : Trend.round(slope, 3),
                slope == null ? null : Trend.round(slope * days, 1), direction(type, slope, days), band);
    }

    /** Least-squares slope (y per day), or null when there are too few readings or all share one moment. */
    static Double slope(long n, double sx, double sy, double sxy, double sxx) {
        double spread = n * sxx - sx * sx;
        if (n < MIN_READINGS || spread <= 1e-9 * n * n) {
            return null;
        }
        return (n * sxy - sx * sy) / spread;
    }

    static Direction direction(ReadingType type, Double slope, int days) {
        if (slope == null) {
            return Direction.NOT_ENOUGH_DATA;
        }
        double change = slope * days;
        double threshold = threshold(type).doubleValue();
        if (change >= threshold) {
            return Direction.RISING;
        }
        return change <= -threshold ? Direction.FALLING : Direction.STABLE;
    }

    /** A type, and for glucose its timing: each is its own line. */
    private record Series(ReadingType type, GlucoseTiming timing) {
    }

    /** The running sums of one series: x in days since the period's start, y the main value, y2 the diastolic. */
    private static final class Sums {
        private long n;
        private double sx;
        private double sy;
        private double sxy;
        private double sxx;
        private double min = Double.MAX_VALUE;
        private double max = -Double.MAX_VALUE;
        private double sy2;
        private double min2 = Double.MAX_VALUE;
        private double max2 = -Double.MAX_VALUE;

        void add(double x, double y, Integer y2) {
            n++;
            sx += x;
            sy += y;
            sxy += x * y;
            sxx += x * x;
            min = Math.min(min, y);
            max = Math.max(max, y);
            if (y2 != null) {
                sy2 += y2;
                min2 = Math.min(min2, y2);
                max2 = Math.max(max2, y2);
            }
        }
    }
}
