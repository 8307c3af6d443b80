package com.careflow.domain.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer's health profile, one per customer (the id is the customer's id). BMI is never stored: it is derived
 * from height and weight whenever asked, so it cannot disagree with them.
 */
@Document("health_profiles")
public record HealthProfile(@Id String customerId, BloodType bloodType, BigDecimal heightCm, BigDecimal weightKg,
        String allergies, String chronicConditions, String familyHistory, String emergencyContactName,
        String emergencyContactPhone, Instant updatedAt) {

    /** kg / m², one decimal; null while height or weight is missing. */
    public BigDecimal bmi() {
        return Bmi.of(heightCm, weightKg);
    }

    /** The Chinese adult BMI band (WS/T 428-2013), or null without a BMI. */
    public RiskBand bmiBand() {
        BigDecimal bmi = bmi();
        return bmi == null ? null : RiskBands.bmi(bmi);
    }

    /** An empty profile for a customer who has not filled one in yet. */
    public static HealthProfile empty(String customerId) {
        return new HealthProfile(customerId, null, null, null, null, null, null, null, null, null);
    }

    /** Body-mass index arithmetic, shared by the profile and weight readings. */
    public static final class Bmi {
        private static final BigDecimal CM_PER_M = new BigDecimal(100);

        private Bmi() {
        }

        public static BigDecimal of(BigDecimal heightCm, BigDecimal weightKg) {
            if (heightCm == null || weightKg == null || heightCm.signum() <= 0) {
                return null;
            }
            BigDecimal metres = heightCm.divide(CM_PER_M, 4, RoundingMode.HALF_UP);
            return weightKg.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
        }
    }
}
