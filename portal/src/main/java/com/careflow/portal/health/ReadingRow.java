package com.careflow.portal.health;

import java.time.LocalDateTime;
import java.time.ZoneId;

import com.careflow.domain.health.Reading;
import com.careflow.domain.health.RiskBand;

/** A reading as the pages list it: its local time, its value with the unit, and its band (null: none). */
record ReadingRow(Reading reading, LocalDateTime takenAt, String value, RiskBand band) {

    static ReadingRow of(Reading reading, RiskBand band, ZoneId zone) {
        return new ReadingRow(reading, LocalDateTime.ofInstant(reading.takenAt(), zone), value(reading), band);
    }

    /** Numbers and units read the same in Chinese and English. */
    static String value(Reading r) {
        return switch (r.type()) {
            case BLOOD_PRESSURE -> r.systolic() + "/" + r.diastolic() + " mmHg"
                    + (r.pulse() == null ? "" : " · " + r.pulse() + " bpm");
            case BLOOD_GLUCOSE -> r.glucose().stripTrailingZeros().toPlainString() + " mmol/L";
            case WEIGHT -> r.weightKg().stripTrailingZeros().toPlainString() + " kg";
            case HEART_RATE -> r.heartRate() + " bpm";
        };
    }
}
