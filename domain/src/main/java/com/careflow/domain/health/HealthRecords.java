package com.careflow.domain.health;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bson.Document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.bulk.BulkWriteError;

/**
 * Where readings are saved, read and deleted: checked first ({@link ReadingCheck}), then pushed into the bucket of
 * their day ({@link ReadingDay}) with one atomic upsert per day, and a reading in a crisis band announces itself
 * ({@link CrisisReadingRecorded}, which starts the health-alert process). The only writer of the buckets.
 */
@Component
public class HealthRecords {

    /**
     * An imported reading older than this starts no call-back: the export may hold a crisis from weeks ago that
     * nobody can answer now (it still shows in its band).
     */
    static final Duration CALL_BACK_WINDOW = Duration.ofHours(24);

    /** The longest period read at once: a year and a little (the buckets of every day are asked for by id). */
    static final int MAX_PERIOD_DAYS = 400;
    private static final int DUPLICATE_KEY = 11000;

    private final ReadingDays days;
    private final MongoTemplate mongo;
    private final HealthProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthRecords(ReadingDays days, MongoTemplate mongo, HealthProfiles profiles, ApplicationEventPublisher events,
            Clock clock) {
        this.days = days;
        this.mongo = mongo;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    /** Saves one reading entered by its owner; refuses an impossible one and saves nothing. */
    public Reading record(Reading candidate) {
        List<ReadingProblem> problems = ReadingCheck.problems(candidate, clock.instant());
        if (!problems.isEmpty()) {
            throw new InvalidReadingException(problems);
        }
        Reading saved = stamped(candidate);
        mongo.upsert(dayOf(saved), added(saved, List.of(saved)), ReadingDay.class);
        announceCrisis(saved);
        return saved;
    }

    /**
     * Saves a whole device export at once. The caller parsed and checked every row first (see {@link DeviceExports}),
     * so a file with a bad row never gets here; they are checked again, all before the first save.
     */
    public List<Reading> importAll(List<Reading> candidates) {
        Instant now = clock.instant();
        for (Reading candidate : candidates) {
            List<ReadingProblem> problems = ReadingCheck.problems(candidate, now);
            if (!problems.isEmpty()) {
                throw new InvalidReadingException(problems);
            }
        }
        List<Reading> saved = candidates.stream().map(this::stamped).toList();
        store(saved);
        Instant recent = now.minus(CALL_BACK_WINDOW);
        saved.stream().filter(r -> r.takenAt().isAfter(recent)).forEach(this::announceCrisis);
        return saved;
    }

    /**
     * Moves readings kept by an earlier version into their buckets, unchecked and unannounced (they were checked
     * when saved). The id is derived from the old one and {@code $addToSet} skips an identical reading, so moving
     * the same reading twice (a migration cut short and run again) keeps it once.
     */
    void restore(List<Reading> kept) {
        store(kept.stream().map(r -> new Reading(ReadingDay.readingId(r.takenAt(), r.id()), r.customerId(), r.type(),
                r.takenAt(), r.source(), r.note(), r.systolic(), r.diastolic(), r.pulse(), r.glucose(),
                r.glucoseTiming(), r.weightKg(), r.heartRate(), r.recordedAt())).toList());
    }

    /**
     * Writes readings into their day buckets. Days without a bucket get theirs in one bulk insert (a device export is
     * mostly past days nobody wrote before); days with one get an {@code $addToSet} upsert each. A bucket another
     * writer created in between fails the insert of that day only (duplicate key), which then takes the upsert way.
     */
    private void store(List<Reading> readings) {
        Map<String, List<Reading>> byDay = new LinkedHashMap<>();
        readings.forEach(r -> byDay.computeIfAbsent(ReadingDay.idOf(r.customerId(), ReadingDay.dayOf(r.takenAt())),
                id -> new ArrayList<>()).add(r));
        if (byDay.isEmpty()) {
            return;
        }
        Query buckets = Query.query(Criteria.where("_id").in(byDay.keySet()));
        buckets.fields().include("_id");
        Set<String> existing = mongo.find(buckets, Document.class, mongo.getCollectionName(ReadingDay.class)).stream()
                .map(d -> d.getString("_id")).collect(Collectors.toSet());
        List<List<Reading>> fresh = new ArrayList<>();
        List<List<Reading>> known = new ArrayList<>();
        byDay.forEach((id, day) -> (existing.contains(id) ? known : fresh).add(day));
        write(fresh, known);
    }

    /** Inserts the {@code fresh} days' buckets and adds to the {@code known} days' (see {@link #store}). */
    void write(List<List<Reading>> fresh, List<List<Reading>> known) {
        List<List<Reading>> adds = new ArrayList<>(known);
        if (!fresh.isEmpty()) {
            try {
                mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReadingDay.class)
                        .insert(fresh.stream().map(HealthRecords::bucket).toList()).execute();
            }
            catch (BulkOperationException e) {
                for (BulkWriteError error : e.getErrors()) {
                    if (error.getCode() != DUPLICATE_KEY) {
                        throw e;
                    }
                    adds.add(fresh.get(error.getIndex()));
                }
            }
        }
        if (!adds.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReadingDay.class);
            adds.forEach(day -> bulk.upsert(dayOf(day.get(0)), added(day.get(0), day)));
            bulk.execute();
        }
    }

    private static ReadingDay bucket(List<Reading> day) {
        Reading first = day.get(0);
        return new ReadingDay(ReadingDay.idOf(first.customerId(), ReadingDay.dayOf(first.takenAt())),
                first.customerId(), ReadingDay.dayOf(first.takenAt()).toString(), day);
    }

    /** The band of a saved reading (a weight reading's BMI uses the height of the customer's profile). */
    public RiskBand riskOf(Reading reading) {
        return RiskBands.of(reading, heightOf(reading.customerId()));
    }

    public HealthProfile profileOf(String customerId) {
        return profiles.findById(customerId).orElseGet(() -> HealthProfile.empty(customerId));
    }

    public HealthProfile saveProfile(HealthProfile profile) {
        return profiles.save(profile);
    }

    /**
     * Deletes one of the customer's own readings (entered wrongly); false when the customer has no such reading.
     * Its trends and charts no longer count it; an alert it started keeps its own copy of what was measured.
     */
    public boolean delete(String customerId, String readingId) {
        LocalDate day = ReadingDay.dayOfReading(readingId).orElse(null);
        if (day == null) {
            return false;
        }
        Query bucket = Query.query(Criteria.where("_id").is(ReadingDay.idOf(customerId, day)));
        boolean deleted = mongo.updateFirst(bucket, new Update().pull("readings",
                Query.query(Criteria.where("_id").is(readingId))), ReadingDay.class).getModifiedCount() > 0;
        if (deleted) {
            mongo.remove(Query.query(Criteria.where("_id").is(ReadingDay.idOf(customerId, day))
                    .and("readings").size(0)), ReadingDay.class);
        }
        return deleted;
    }

    /** A customer's readings of one type taken in [from, to], oldest first. */
    public List<Reading> readingsBetween(String customerId, ReadingType type, Instant from, Instant to) {
        return readingsBetween(customerId, from, to, r -> r.type() == type);
    }

    /** A customer's readings of every type taken in [from, to], oldest first. */
    public List<Reading> readingsBetween(String customerId, Instant from, Instant to) {
        return readingsBetween(customerId, from, to, r -> true);
    }

    private List<Reading> readingsBetween(String customerId, Instant from, Instant to, Predicate<Reading> wanted) {
        LocalDate first = ReadingDay.dayOf(from);
        LocalDate last = ReadingDay.dayOf(to);
        if (ChronoUnit.DAYS.between(first, last) > MAX_PERIOD_DAYS) {
            throw new IllegalArgumentException("a period of readings spans at most " + MAX_PERIOD_DAYS + " days");
        }
        List<String> ids = Stream.iterate(first, d -> !d.isAfter(last), d -> d.plusDays(1))
                .map(d -> ReadingDay.idOf(customerId, d)).toList();
        return days.findAllById(ids).stream().flatMap(d -> d.readings().stream())
                .filter(r -> !r.takenAt().isBefore(from) && !r.takenAt().isAfter(to)).filter(wanted)
                .sorted(Comparator.comparing(Reading::takenAt)).toList();
    }

    BigDecimal heightOf(String customerId) {
        return profiles.findById(customerId).map(HealthProfile::heightCm).orElse(null);
    }

    private static Query dayOf(Reading reading) {
        return Query.query(Criteria.where("_id").is(ReadingDay.idOf(reading.customerId(),
                ReadingDay.dayOf(reading.takenAt()))));
    }

    /** Creates the bucket when it is the day's first reading; ids are unique, so adding to the set never merges two. */
    private static Update added(Reading first, List<Reading> readings) {
        return new Update().setOnInsert("customerId", first.customerId())
                .setOnInsert("day", ReadingDay.dayOf(first.takenAt()).toString())
                .addToSet("readings").each(readings.toArray());
    }

    private Reading stamped(Reading r) {
        Instant takenAt = r.takenAt().truncatedTo(ChronoUnit.MILLIS);
        // as Mongo keeps them (milliseconds), so a saved reading reads back equal
        return new Reading(ReadingDay.newReadingId(takenAt), r.customerId(), r.type(), takenAt,
                r.source() == null ? ReadingSource.MANUAL : r.source(), r.note(), r.systolic(), r.diastolic(),
                r.pulse(), r.glucose(), r.glucoseTiming(), r.weightKg(), r.heartRate(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    private void announceCrisis(Reading reading) {
        if (reading.type() == ReadingType.WEIGHT || !RiskBands.of(reading, null).isCrisis()) {
            return;
        }
        events.publishEvent(new CrisisReadingRecorded(reading.id(), reading.customerId(), reading.type(),
                ReadingSummary.chinese(reading), reading.takenAt()));
    }
}
