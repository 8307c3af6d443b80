package com.careflow.domain.health;

import static com.careflow.domain.health.TestReadings.glucose;
import static com.careflow.domain.health.TestReadings.pressure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import com.careflow.domain.appointment.DomainMongoTest;

/** Saving readings: impossible ones change nothing; a crisis reading announces itself once. */
@DomainMongoTest
@Import(HealthRecordsTest.Crises.class)
class HealthRecordsTest {

    @Autowired
    HealthRecords records;
    @Autowired
    Readings readings;
    @Autowired
    Crises crises;
    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        readings.deleteAll();
        crises.heard.clear();
    }

    @Test
    void aCrisisReadingIsSavedAndAnnouncedWithWhatWasMeasured() {
        Instant at = clock.instant().minus(5, ChronoUnit.MINUTES);
        Reading saved = records.record(pressure("c1", at, 186, 124));
        records.record(pressure("c1", at, 150, 95));

        assertThat(readings.findById(saved.id())).isPresent();
        assertThat(crises.heard).singleElement().satisfies(event -> {
            assertThat(event.readingId()).isEqualTo(saved.id());
            assertThat(event.customerId()).isEqualTo("c1");
            assertThat(event.type()).isEqualTo(ReadingType.BLOOD_PRESSURE);
            assertThat(event.summary()).isEqualTo("收缩压 186 / 舒张压 124 mmHg，脉搏 72 次/分");
            assertThat(event.takenAt()).isEqualTo(at.truncatedTo(ChronoUnit.MILLIS));
        });
    }

    @Test
    void anImpossibleReadingIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> records.record(pressure("c1", clock.instant().plusSeconds(600), 80, 90)))
                .isInstanceOfSatisfying(InvalidReadingException.class, e -> assertThat(e.problems())
                        .containsExactly(new ReadingProblem("takenAt", "future"),
                                new ReadingProblem("systolic", "notAboveDiastolic")));
        assertThat(readings.count()).isZero();
        assertThat(crises.heard).isEmpty();
    }

    @Test
    void anImportCallsBackOnlyForRecentCrises() {
        Instant now = clock.instant();
        records.importAll(List.of(glucose("c1", now.minus(3, ChronoUnit.DAYS), "2.5", GlucoseTiming.FASTING),
                glucose("c1", now.minus(1, ChronoUnit.HOURS), "18.0", GlucoseTiming.RANDOM),
                glucose("c1", now.minus(2, ChronoUnit.HOURS), "5.0", GlucoseTiming.FASTING)));
        assertThat(readings.count()).isEqualTo(3);
        assertThat(crises.heard).singleElement().extracting(CrisisReadingRecorded::summary)
                .isEqualTo("血糖 18.0 mmol/L（随机）");
    }

    @TestConfiguration
    static class Crises {
        final List<CrisisReadingRecorded> heard = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(CrisisReadingRecorded event) {
            heard.add(event);
        }
    }
}
