package com.careflow.domain.health;

import static com.careflow.domain.health.TestReadings.glucose;
import static com.careflow.domain.health.TestReadings.pressure;
import static com.careflow.domain.health.TestReadings.weight;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.appointment.DomainMongoTest;

/** Trends on a real Mongo wire server: figures, the regression's direction, the period's band. */
@DomainMongoTest
class TrendsTest {

    @Autowired
    Trends trends;
    @Autowired
    HealthRecords records;
    @Autowired
    ReadingDays days;
    @Autowired
    HealthProfiles profiles;
    @Autowired
    Clock clock;

    Instant now;

    @BeforeEach
    void empty() {
        days.deleteAll();
        profiles.deleteAll();
        now = clock.instant();
    }

    @Test
    void averageMinMaxCountAndARisingLineOverThirtyDays() {
        // systolic climbs about 1 mmHg a day with noise; the last reading is lower than the first would suggest
        int[] systolic = { 120, 124, 122, 128, 127, 133, 131, 138, 136, 121 };
        for (int i = 0; i < systolic.length; i++) {
            records.record(pressure("c1", daysAgo(27 - 3 * i), systolic[i], 80 + i));
        }
        records.record(pressure("c1", daysAgo(45), 200, 110)); // outside the 30 days
        records.record(pressure("c2", daysAgo(2), 150, 95)); // someone else

        List<Trend> month = trends.of("c1", ReadingType.BLOOD_PRESSURE, 30);

        assertThat(month).hasSize(1);
        Trend trend = month.get(0);
        assertThat(trend.count()).isEqualTo(10);
        assertThat(trend.average()).isEqualByComparingTo("128");
        assertThat(trend.min()).isEqualByComparingTo("120");
        assertThat(trend.max()).isEqualByComparingTo("138");
        assertThat(trend.secondaryAverage()).isEqualByComparingTo("85"); // 84.5 rounds up
        assertThat(trend.secondaryMin()).isEqualByComparingTo("80");
        assertThat(trend.secondaryMax()).isEqualByComparingTo("89");
        // least squares through the ten points: 0.39 mmHg a day, 11.7 over the period
        assertThat(trend.slopePerDay().doubleValue()).isCloseTo(0.387, org.assertj.core.data.Offset.offset(0.01));
        assertThat(trend.direction()).isEqualTo(Direction.RISING);
        assertThat(trend.band()).isEqualTo(RiskBand.BP_STAGE_1);
    }

    @Test
    void aFallingFirstAndLastPairIsStableWhenTheLineIsFlat() {
        int[] systolic = { 140, 120, 128, 132, 126, 134, 130 }; // first-vs-last: 10 down
        for (int i = 0; i < systolic.length; i++) {
            records.record(pressure("c1", daysAgo(6 - i), systolic[i], 70));
        }
        Trend week = trends.of("c1", ReadingType.BLOOD_PRESSURE, 7).get(0);
        assertThat(week.direction()).isEqualTo(Direction.STABLE);
        assertThat(week.change().abs()).isLessThan(Trends.threshold(ReadingType.BLOOD_PRESSURE));
    }

    @Test
    void glucoseIsSummedPerTimingAndWeightGetsItsBmiBand() {
        records.saveProfile(new HealthProfile("c1", null, new BigDecimal("170"), null, null, null, null, null, null,
                null));
        for (int i = 0; i < 4; i++) {
            records.record(glucose("c1", daysAgo(10 - i), "6." + (2 + i), GlucoseTiming.FASTING));
            records.record(glucose("c1", daysAgo(10 - i), "7." + i, GlucoseTiming.AFTER_MEAL));
            records.record(weight("c1", daysAgo(20 - 5 * i), String.valueOf(80 - i)));
        }
        List<Trend> glucose = trends.of("c1", ReadingType.BLOOD_GLUCOSE, 30);
        assertThat(glucose).extracting(Trend::timing).containsExactly(GlucoseTiming.FASTING, GlucoseTiming.AFTER_MEAL);
        assertThat(glucose.get(0).average()).isEqualByComparingTo("6.4"); // 6.35 rounded half up
        assertThat(glucose.get(0).band()).isEqualTo(RiskBand.GLUCOSE_PREDIABETES);
        assertThat(glucose.get(1).band()).isEqualTo(RiskBand.GLUCOSE_NORMAL);

        Trend weight = trends.of("c1", ReadingType.WEIGHT, 30).get(0);
        assertThat(weight.average()).isEqualByComparingTo("78.5");
        assertThat(weight.direction()).isEqualTo(Direction.FALLING); // 1 kg every 5 days: 6 kg a month
        assertThat(weight.band()).isEqualTo(RiskBand.BMI_OVERWEIGHT); // 78.5 / 1.7² = 27.2
    }

    @Test
    void twoReadingsAreNotEnoughForADirection() {
        records.record(pressure("c1", daysAgo(3), 120, 70));
        records.record(pressure("c1", daysAgo(1), 150, 70));
        assertThat(trends.of("c1", ReadingType.BLOOD_PRESSURE, 7).get(0).direction())
                .isEqualTo(Direction.NOT_ENOUGH_DATA);
        assertThat(trends.of("c1", ReadingType.HEART_RATE, 7)).isEmpty();
    }

    private Instant daysAgo(int days) {
        return now.minus(days, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS);
    }
}
