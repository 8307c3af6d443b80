package com.careflow.domain.health;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The 7, 30 and 90-day views of a customer's readings, computed by MongoDB in one aggregation ($match on the
 * customer/type/time index, $project, $group with $sum/$avg/$min/$max — stages and operators both MongoDB and the
 * local mongo-java-server run): count, average, minimum, maximum and the sums a least-squares line needs (Σx, Σy,
 * Σxy, Σx², x in days since the period's start). The direction comes from that line's slope, never from the first
 * and last readings: the fitted change over the period must reach {@link #threshold} to count as rising or falling.
 */
@Component
public class Trends {

    public static final List<Integer> PERIODS = List.of(7, 30, 90);
    /** A line through fewer readings says nothing. */
    public static final int MIN_READINGS = 3;
    private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

    /** The main and (blood pressure's diastolic) secondary value of each type, as stored. */
    private static final Map<ReadingType, String> VALUE = Map.of(ReadingType.BLOOD_PRESSURE, "systolic",
            ReadingType.BLOOD_GLUCOSE, "glucose", ReadingType.WEIGHT, "weightKg", ReadingType.HEART_RATE, "heartRate");

    private final MongoTemplate mongo;
    private final HealthRecords records;
    private final Clock clock;

    Trends(MongoTemplate mongo, HealthRecords records, Clock clock) {
        this.mongo = mongo;
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
        List<Trend> trends = new ArrayList<>();
        for (ReadingType type : ReadingType.values()) {
            trends.addAll(of(customerId, type, days));
        }
        return trends;
    }

    public List<Trend> of(String customerId, ReadingType type, int days) {
        Instant to = clock.instant();
        return between(customerId, type, to.minus(days, ChronoUnit.DAYS), to);
    }

    /** Every type's trends over [from, to] (a month's report); the period counts as its whole days. */
    public List<Trend> between(String customerId, Instant from, Instant to) {
        List<Trend> trends = new ArrayList<>();
        for (ReadingType type : ReadingType.values()) {
            trends.addAll(between(customerId, type, from, to));
        }
        return trends;
    }

    public List<Trend> between(String customerId, ReadingType type, Instant from, Instant to) {
        int days = (int) Math.max(1, Duration.between(from, to).toDays());
        List<Trend> trends = new ArrayList<>();
        BigDecimal height = type == ReadingType.WEIGHT ? records.heightOf(customerId) : null;
        for (Document row : mongo.aggregate(newAggregation(pipeline(customerId, type, from, to)), Reading.class,
                Document.class)) {
            trends.add(trend(type, days, row, height));
        }
        trends.sort(Comparator.comparing(t -> t.timing() == null ? -1 : t.timing().ordinal()));
        return trends;
    }

    /** The readings the chart draws: the same period, oldest first. */
    public List<Reading> readings(String customerId, ReadingType type, int days) {
        Instant to = clock.instant();
        return records.readingsBetween(customerId, type, to.minus(days, ChronoUnit.DAYS), to);
    }

    static List<AggregationOperation> pipeline(String customerId, ReadingType type, Instant from, Instant to) {
        String value = "$" + VALUE.get(type);
        Document x = new Document("$divide",
                List.of(new Document("$subtract", List.of("$takenAt", Date.from(from))), MILLIS_PER_DAY));
        AggregationOperation points = context -> new Document("$project", new Document("timing", "$glucoseTiming")
                .append("x", x)
                .append("y", new Document("$toDouble", value))
                .append("y2", type == ReadingType.BLOOD_PRESSURE ? new Document("$toDouble", "$diastolic") : null));
        AggregationOperation products = context -> new Document("$project", new Document("timing", 1)
                .append("x", 1).append("y", 1).append("y2", 1)
                .append("xy", new Document("$multiply", List.of("$x", "$y")))
                .append("xx", new Document("$multiply", List.of("$x", "$x"))));
        // written out like Balances: Spring's group() names keys by their paths
        AggregationOperation sums = context -> new Document("$group", new Document("_id", "$timing")
                .append("n", new Document("$sum", 1))
                .append("avg", new Document("$avg", "$y")).append("min", new Document("$min", "$y"))
                .append("max", new Document("$max", "$y"))
                .append("avg2", new Document("$avg", "$y2")).append("min2", new Document("$min", "$y2"))
                .append("max2", new Document("$max", "$y2"))
                .append("sx", new Document("$sum", "$x")).append("sy", new Document("$sum", "$y"))
                .append("sxy", new Document("$sum", "$xy")).append("sxx", new Document("$sum", "$xx")));
        return List.of(match(Criteria.where("customerId").is(customerId).and("type").is(type)
                .and("takenAt").gte(from).lte(to)), points, products, sums);
    }

    private static Trend trend(ReadingType type, int days, Document row, BigDecimal height) {
        long n = ((Number) row.get("n")).longValue();
        GlucoseTiming timing = row.get("_id") == null ? null : GlucoseTiming.valueOf(row.getString("_id"));
        int scale = type == ReadingType.BLOOD_PRESSURE || type == ReadingType.HEART_RATE ? 0 : 1;
        double avg = number(row, "avg");
        Double slope = slope(n, number(row, "sx"), number(row, "sy"), number(row, "sxy"), number(row, "sxx"));
        Direction direction = direction(type, slope, days);
        BigDecimal average = Trend.round(avg, scale);
        boolean pressure = type == ReadingType.BLOOD_PRESSURE;
        BigDecimal avg2 = pressure ? Trend.round(number(row, "avg2"), 0) : null;
        RiskBand band = switch (type) {
            case BLOOD_PRESSURE -> RiskBands.bloodPressure(average.intValue(), avg2.intValue());
            case BLOOD_GLUCOSE -> RiskBands.glucose(Trend.round(avg, 1), timing);
            case HEART_RATE -> RiskBands.heartRate(average.intValue());
            case WEIGHT -> {
                BigDecimal bmi = HealthProfile.Bmi.of(height, Trend.round(avg, 1));
                yield bmi == null ? null : RiskBands.bmi(bmi);
            }
        };
        return new Trend(type, timing, days, n, average, Trend.round(number(row, "min"), scale),
                Trend.round(number(row, "max"), scale), avg2,
                pressure ? Trend.round(number(row, "min2"), 0) : null,
                pressure ? Trend.round(number(row, "max2"), 0) : null,
                slope == null ? null : Trend.round(slope, 3),
                slope == null ? null : Trend.round(slope * days, 1), direction, band);
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

    private static double number(Document row, String key) {
        Object value = row.get(key);
        return value instanceof Number number ? number.doubleValue() : 0;
    }
}
