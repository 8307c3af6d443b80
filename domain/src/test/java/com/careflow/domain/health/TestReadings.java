package com.careflow.domain.health;

import java.math.BigDecimal;
import java.time.Instant;

/** Readings as a form or a device would hand them in (no id, not yet recorded). */
final class TestReadings {

    private TestReadings() {
    }

    static Reading pressure(String customer, Instant at, int systolic, int diastolic) {
        return new Reading(null, customer, ReadingType.BLOOD_PRESSURE, at, ReadingSource.MANUAL, null, systolic,
                diastolic, 72, null, null, null, null, null);
    }

    static Reading glucose(String customer, Instant at, String mmol, GlucoseTiming timing) {
        return new Reading(null, customer, ReadingType.BLOOD_GLUCOSE, at, ReadingSource.MANUAL, null, null, null,
                null, new BigDecimal(mmol), timing, null, null, null);
    }

    static Reading weight(String customer, Instant at, String kg) {
        return new Reading(null, customer, ReadingType.WEIGHT, at, ReadingSource.MANUAL, null, null, null, null,
                null, null, new BigDecimal(kg), null, null);
    }

    static Reading heartRate(String customer, Instant at, int bpm) {
        return new Reading(null, customer, ReadingType.HEART_RATE, at, ReadingSource.MANUAL, null, null, null, null,
                null, null, null, bpm, null);
    }
}
