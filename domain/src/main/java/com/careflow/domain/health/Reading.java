package com.careflow.domain.health;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * One health reading of a customer. Which values are set depends on the {@link ReadingType}: blood pressure has
 * {@code systolic}, {@code diastolic} (mmHg) and {@code pulse}; glucose has {@code glucose} (mmol/L) and
 * {@code glucoseTiming}; weight has {@code weightKg}; heart rate has {@code heartRate}. The others are null.
 * Stored inside the bucket of its day ({@link ReadingDay}); a saved reading is never changed, only deleted by its
 * owner.
 */
public record Reading(@Id String id, String customerId, ReadingType type, Instant takenAt, ReadingSource source,
        String note, Integer systolic, Integer diastolic, Integer pulse, BigDecimal glucose,
        GlucoseTiming glucoseTiming, BigDecimal weightKg, Integer heartRate, Instant recordedAt) {
}
