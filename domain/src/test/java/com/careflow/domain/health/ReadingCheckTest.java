package com.careflow.domain.health;

import static com.careflow.domain.health.TestReadings.glucose;
import static com.careflow.domain.health.TestReadings.heartRate;
import static com.careflow.domain.health.TestReadings.pressure;
import static com.careflow.domain.health.TestReadings.weight;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Impossible readings, and possible ones (crisis values included) that must get through. */
class ReadingCheckTest {

    static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    static final Instant EARLIER = NOW.minusSeconds(3600);

    @Test
    void systolicMustBeAboveDiastolic() {
        assertThat(ReadingCheck.problems(pressure("c", EARLIER, 80, 80), NOW))
                .containsExactly(new ReadingProblem("systolic", "notAboveDiastolic"));
        assertThat(ReadingCheck.problems(pressure("c", EARLIER, 186, 124), NOW)).isEmpty();
    }

    @Test
    void numbersOutsideWhatCanBeMeasuredAreRefused() {
        assertThat(ReadingCheck.problems(pressure("c", EARLIER, 400, 10), NOW))
                .containsExactly(new ReadingProblem("systolic", "range"), new ReadingProblem("diastolic", "range"));
        assertThat(ReadingCheck.problems(glucose("c", EARLIER, "75", GlucoseTiming.FASTING), NOW))
                .containsExactly(new ReadingProblem("glucose", "range"));
        assertThat(ReadingCheck.problems(weight("c", EARLIER, "0.5"), NOW))
                .containsExactly(new ReadingProblem("weightKg", "range"));
        assertThat(ReadingCheck.problems(heartRate("c", EARLIER, 300), NOW))
                .containsExactly(new ReadingProblem("heartRate", "range"));
    }

    @Test
    void aTimeInTheFutureIsRefused() {
        assertThat(ReadingCheck.problems(heartRate("c", NOW.plusSeconds(60), 70), NOW))
                .containsExactly(new ReadingProblem("takenAt", "future"));
        assertThat(ReadingCheck.problems(heartRate("c", NOW, 70), NOW)).isEmpty();
    }

    @Test
    void theValuesOfTheTypeAreRequired() {
        assertThat(ReadingCheck.problems(glucose("c", null, "5.0", null), NOW))
                .containsExactly(new ReadingProblem("takenAt", "required"),
                        new ReadingProblem("glucoseTiming", "required"));
        Reading noValues = new Reading(null, "c", ReadingType.BLOOD_PRESSURE, EARLIER, ReadingSource.MANUAL, null,
                null, null, null, null, null, null, null, null);
        assertThat(ReadingCheck.problems(noValues, NOW)).containsExactly(new ReadingProblem("systolic", "required"),
                new ReadingProblem("diastolic", "required"));
    }
}
