package com.careflow.domain.health;

import static com.careflow.domain.health.TestReadings.glucose;
import static com.careflow.domain.health.TestReadings.pressure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.careflow.domain.appointment.DomainMongoTest;

/** Saving, reading and deleting readings: impossible ones change nothing; a crisis reading announces itself once. */
@DomainMongoTest
@Import(HealthRecordsTest.Crises.class)
class HealthRecordsTest {

    @Autowired
    HealthRecords records;
    @Autowired
    ReadingDays days;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Crises crises;
    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        days.deleteAll();
        crises.heard.clear();
    }

    @Test
    void aCrisisReadingIsSavedAndAnnouncedWithWhatWasMeasured() {
        Instant at = clock.instant().minus(5, ChronoUnit.MINUTES);
        Reading saved = records.record(pressure("c1", at, 186, 124));
        records.record(pressure("c1", at, 150, 95));

        assertThat(all("c1")).contains(saved);
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
        assertThat(all("c1").size()).isZero();
        assertThat(crises.heard).isEmpty();
    }

    @Test
    void anImportCallsBackOnlyForRecentCrises() {
        Instant now = clock.instant();
        records.importAll(List.of(glucose("c1", now.minus(3, ChronoUnit.DAYS), "2.5", GlucoseTiming.FASTING),
                glucose("c1", now.minus(1, ChronoUnit.HOURS), "18.0", GlucoseTiming.RANDOM),
                glucose("c1", now.minus(2, ChronoUnit.HOURS), "5.0", GlucoseTiming.FASTING)));
        assertThat(all("c1").size()).isEqualTo(3);
        assertThat(crises.heard).singleElement().extracting(CrisisReadingRecorded::summary)
                .isEqualTo("血糖 18.0 mmol/L（随机）");
    }

    @Test
    void readingsOfOneDayShareABucketAndComeBackInTimeOrderAndType() {
        Instant morning = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS).plusSeconds(8 * 3600);
        Reading late = records.record(pressure("c1", morning.plusSeconds(3600), 130, 85));
        Reading early = records.record(pressure("c1", morning, 120, 80));
        Reading sugar = records.record(glucose("c1", morning.plusSeconds(1800), "5.6", GlucoseTiming.FASTING));
        records.record(pressure("c2", morning, 150, 95));

        assertThat(days.count()).isEqualTo(2); // c1's day and c2's day
        assertThat(records.readingsBetween("c1", morning.minusSeconds(1), morning.plusSeconds(7200)))
                .containsExactly(early, sugar, late);
        assertThat(records.readingsBetween("c1", ReadingType.BLOOD_PRESSURE, morning.plusSeconds(1),
                morning.plusSeconds(7200))).containsExactly(late);
        assertThat(late.id()).startsWith(ReadingDay.dayOf(morning).toString().replace("-", "") + "-");
    }

    @Test
    void anImportInsertsNewDaysAndAddsToDaysWithReadingsAlsoWhenABucketAppearedInBetween() {
        Instant day = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(3, ChronoUnit.DAYS).plusSeconds(9 * 3600);
        Reading before = records.record(pressure("c1", day, 120, 80));
        List<Reading> imported = records.importAll(List.of(pressure("c1", day.plusSeconds(600), 125, 82),
                pressure("c1", day.plus(1, ChronoUnit.DAYS), 130, 85)));
        assertThat(all("c1")).containsExactly(before, imported.get(0), imported.get(1));
        assertThat(days.count()).isEqualTo(2);

        // the day's bucket did not exist when the import looked, but another writer created it before the insert
        Instant later = day.plus(2, ChronoUnit.DAYS);
        Reading meanwhile = records.record(pressure("c1", later, 140, 90));
        Reading late = new Reading(ReadingDay.newReadingId(later), "c1", ReadingType.BLOOD_PRESSURE,
                later.plusSeconds(60), ReadingSource.DEVICE, null, 141, 91, 70, null, null, null, null, later);
        records.write(List.of(List.of(late)), List.of());
        assertThat(all("c1")).endsWith(meanwhile, late);
    }

    @Test
    void aCustomerDeletesTheirOwnReadingAndNobodyElses() {
        Instant at = clock.instant().minus(2, ChronoUnit.HOURS);
        Reading wrong = records.record(pressure("c1", at, 210, 80));
        Reading right = records.record(pressure("c1", at.plusSeconds(60), 121, 80));
        Reading theirs = records.record(pressure("c2", at, 140, 90));

        assertThat(records.delete("c1", theirs.id())).isFalse();
        assertThat(records.delete("c1", "not-a-reading")).isFalse();
        assertThat(records.delete("c1", wrong.id())).isTrue();
        assertThat(records.delete("c1", wrong.id())).isFalse();

        assertThat(all("c1")).containsExactly(right);
        assertThat(all("c2")).containsExactly(theirs);
        records.delete("c1", right.id());
        assertThat(days.findAll()).extracting(ReadingDay::customerId).containsExactly("c2"); // no empty bucket left
    }

    @Test
    void aPeriodLongerThanTheLimitIsRefused() {
        assertThatThrownBy(() -> records.readingsBetween("c1", Instant.EPOCH, clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingsOfTheOneDocumentPerReadingVersionMoveIntoBucketsOnceEvenWhenMovedTwice() {
        Instant at = clock.instant().minus(3, ChronoUnit.DAYS);
        mongo.getCollection(LegacyReadings.COLLECTION).insertMany(List.of(
                new Document("_id", new ObjectId("65a000000000000000000001"))
                        .append("customerId", "c1").append("type", "BLOOD_PRESSURE")
                        .append("takenAt", Date.from(at)).append("source", "DEVICE")
                        .append("systolic", 128).append("diastolic", 82).append("pulse", 70),
                new Document("_id", new ObjectId("65a000000000000000000002"))
                        .append("customerId", "c1").append("type", "WEIGHT")
                        .append("takenAt", Date.from(at.plusSeconds(60))).append("source", "MANUAL")
                        .append("weightKg", new Decimal128(new BigDecimal("71.5")))));
        LegacyReadings legacy = new LegacyReadings(mongo, records);
        legacy.afterSingletonsInstantiated();
        mongo.getCollection(LegacyReadings.COLLECTION).insertOne(new Document("_id",
                new ObjectId("65a000000000000000000001")).append("customerId", "c1")
                .append("type", "BLOOD_PRESSURE").append("takenAt", Date.from(at)).append("source", "DEVICE")
                .append("systolic", 128).append("diastolic", 82).append("pulse", 70));
        legacy.afterSingletonsInstantiated(); // the first reading again, as after a move cut short

        assertThat(mongo.collectionExists(LegacyReadings.COLLECTION)).isFalse();
        assertThat(all("c1")).extracting(Reading::type, Reading::systolic, Reading::weightKg).containsExactly(
                tuple(ReadingType.BLOOD_PRESSURE, 128, null),
                tuple(ReadingType.WEIGHT, null, new BigDecimal("71.5")));
        Reading moved = all("c1").get(0);
        assertThat(records.delete("c1", moved.id())).isTrue();
    }

    private List<Reading> all(String customer) {
        Instant now = clock.instant();
        return records.readingsBetween(customer, now.minus(HealthRecords.MAX_PERIOD_DAYS - 1, ChronoUnit.DAYS), now);
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
