package com.careflow.domain.health;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One type's readings over a period (glucose: of one timing). For blood pressure the values are the systolic and
 * {@code secondary*} the diastolic; otherwise the secondary figures are null. {@code slopePerDay} is the
 * least-squares slope of the main value per day, {@code change} that slope over the whole period.
 */
public record Trend(ReadingType type, GlucoseTiming timing, int days, long count, BigDecimal average, BigDecimal min,
        BigDecimal max, BigDecimal secondaryAverage, BigDecimal secondaryMin, BigDecimal secondaryMax,
        BigDecimal slopePerDay, BigDecimal change, Direction direction, RiskBand band) {

    static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
