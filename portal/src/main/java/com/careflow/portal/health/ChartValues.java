package com.careflow.portal.health;

import java.math.BigDecimal;

import com.careflow.domain.health.Reading;

/** The value a chart draws for a reading: systolic for blood pressure, else the type's one value. */
final class ChartValues {

    private ChartValues() {
    }

    static BigDecimal main(Reading r) {
        return switch (r.type()) {
            case BLOOD_PRESSURE -> BigDecimal.valueOf(r.systolic());
            case BLOOD_GLUCOSE -> r.glucose();
            case WEIGHT -> r.weightKg();
            case HEART_RATE -> BigDecimal.valueOf(r.heartRate());
        };
    }
}
