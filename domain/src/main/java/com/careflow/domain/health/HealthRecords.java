package com.careflow.domain.health;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where readings are saved: checked first ({@link ReadingCheck}), then stored, and a reading in a crisis band
 * announces itself ({@link CrisisReadingRecorded}, which starts the health-alert process).
 */
@Component
public class HealthRecords {

    /**
     * An imported reading older than this starts no call-back: the export may hold a crisis from weeks ago that
     * nobody can answer now (it still shows in its band).
     */
    static final Duration CALL_BACK_WINDOW = Duration.ofHours(24);

    private final Readings readings;
    private final HealthProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthRecords(Readings readings, HealthProfiles profiles, ApplicationEventPublisher events, Clock clock) {
        this.readings = readings;
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
        Reading saved = readings.save(stamped(candidate));
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
        List<Reading> saved = readings.saveAll(candidates.stream().map(this::stamped).toList());
        Instant recent = now.minus(CALL_BACK_WINDOW);
        saved.stream().filter(r -> r.takenAt().isAfter(recent)).forEach(this::announceCrisis);
        return saved;
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

    /** A customer's readings of one type taken in [from, to], oldest first. */
    public List<Reading> readingsBetween(String customerId, ReadingType type, Instant from, Instant to) {
        return readings.findByCustomerIdAndTypeAndTakenAtBetweenOrderByTakenAt(customerId, type, from, to);
    }

    /** A customer's readings of every type taken in [from, to], oldest first. */
    public List<Reading> readingsBetween(String customerId, Instant from, Instant to) {
        return readings.findByCustomerIdAndTakenAtBetweenOrderByTakenAt(customerId, from, to);
    }

    BigDecimal heightOf(String customerId) {
        return profiles.findById(customerId).map(HealthProfile::heightCm).orElse(null);
    }

    private Reading stamped(Reading r) {
        // as Mongo keeps them (milliseconds), so a saved reading reads back equal
        return new Reading(null, r.customerId(), r.type(), r.takenAt().truncatedTo(ChronoUnit.MILLIS),
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
