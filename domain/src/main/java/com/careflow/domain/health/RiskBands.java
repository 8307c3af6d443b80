package com.careflow.domain.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The risk band of a reading, or of a period's average, with the guideline each threshold comes from. Bands are
 * for information: the portal adds advice, never a diagnosis.
 */
public final class RiskBands {

    private static final BigDecimal GLUCOSE_SEVERE_LOW = new BigDecimal("3.0");
    private static final BigDecimal GLUCOSE_LOW = new BigDecimal("3.9");
    private static final BigDecimal FASTING_IMPAIRED = new BigDecimal("6.1");
    private static final BigDecimal FASTING_DIABETES = new BigDecimal("7.0");
    private static final BigDecimal AFTER_MEAL_IMPAIRED = new BigDecimal("7.8");
    private static final BigDecimal AFTER_MEAL_DIABETES = new BigDecimal("11.1");
    private static final BigDecimal GLUCOSE_SEVERE_HIGH = new BigDecimal("16.7");
    private static final BigDecimal BMI_UNDERWEIGHT_BELOW = new BigDecimal("18.5");
    private static final BigDecimal BMI_OVERWEIGHT_FROM = new BigDecimal("24");
    private static final BigDecimal BMI_OBESE_FROM = new BigDecimal("28");

    private RiskBands() {
    }

    /** The band of one reading; a weight reading has one only when the height is known (its BMI). */
    public static RiskBand of(Reading reading, BigDecimal heightCm) {
        return switch (reading.type()) {
            case BLOOD_PRESSURE -> bloodPressure(reading.systolic(), reading.diastolic());
            case BLOOD_GLUCOSE -> glucose(reading.glucose(), reading.glucoseTiming());
            case HEART_RATE -> heartRate(reading.heartRate());
            case WEIGHT -> {
                BigDecimal bmi = HealthProfile.Bmi.of(heightCm, reading.weightKg());
                yield bmi == null ? null : bmi(bmi);
            }
        };
    }

    /**
     * Blood pressure categories of the 2017 ACC/AHA guideline (Whelton et al., Hypertension 2018;71:e13–e115, table
     * 6): normal &lt;120 and &lt;80; elevated 120–129 and &lt;80; stage 1 130–139 or 80–89; stage 2 ≥140 or ≥90. The
     * higher of the two numbers decides. Hypertensive crisis is the guideline's section 11 (systolic &gt;180 and/or
     * diastolic &gt;120); like the AHA's patient chart we take 180/120 itself as a crisis, so a reading at the
     * threshold is called back rather than missed.
     */
    public static RiskBand bloodPressure(int systolic, int diastolic) {
        if (systolic >= 180 || diastolic >= 120) {
            return RiskBand.BP_CRISIS;
        }
        if (systolic >= 140 || diastolic >= 90) {
            return RiskBand.BP_STAGE_2;
        }
        if (systolic >= 130 || diastolic >= 80) {
            return RiskBand.BP_STAGE_1;
        }
        if (systolic >= 120) {
            return RiskBand.BP_ELEVATED;
        }
        return RiskBand.BP_NORMAL;
    }

    /**
     * Glucose bands in mmol/L of the Chinese Diabetes Society's guideline (中国2型糖尿病防治指南 2020年版, which keeps
     * the WHO 1999 criteria): fasting normal &lt;6.1, impaired fasting glucose 6.1–6.9, diabetes range ≥7.0; two
     * hours after a meal normal &lt;7.8, impaired glucose tolerance 7.8–11.0, diabetes range ≥11.1; a random value
     * ≥11.1 is in the diabetes range. Hypoglycaemia is &lt;3.9 (level 1) and &lt;3.0 (level 2, ADA Standards of Care
     * 2020 §6 and the same guideline), which we treat as a crisis, as we do ≥16.7, where the guideline asks to
     * check for a hyperglycaemic crisis (ketoacidosis, hyperosmolar state).
     */
    public static RiskBand glucose(BigDecimal mmolPerLitre, GlucoseTiming timing) {
        if (mmolPerLitre.compareTo(GLUCOSE_SEVERE_LOW) < 0 || mmolPerLitre.compareTo(GLUCOSE_SEVERE_HIGH) >= 0) {
            return RiskBand.GLUCOSE_CRISIS;
        }
        if (mmolPerLitre.compareTo(GLUCOSE_LOW) < 0) {
            return RiskBand.GLUCOSE_LOW;
        }
        BigDecimal impaired = switch (timing == null ? GlucoseTiming.RANDOM : timing) {
            case FASTING -> FASTING_IMPAIRED;
            case AFTER_MEAL -> AFTER_MEAL_IMPAIRED;
            case RANDOM -> AFTER_MEAL_DIABETES; // a random value tells nothing below the diabetes range
        };
        BigDecimal diabetes = timing == GlucoseTiming.FASTING ? FASTING_DIABETES : AFTER_MEAL_DIABETES;
        if (mmolPerLitre.compareTo(diabetes) >= 0) {
            return RiskBand.GLUCOSE_DIABETES;
        }
        return mmolPerLitre.compareTo(impaired) >= 0 ? RiskBand.GLUCOSE_PREDIABETES : RiskBand.GLUCOSE_NORMAL;
    }

    /**
     * Chinese adult BMI bands of the health standard WS/T 428-2013 (成人体重判定): underweight &lt;18.5, normal
     * 18.5–23.9, overweight 24.0–27.9, obese ≥28.0 (lower cut-offs than the WHO's 25 and 30).
     */
    public static RiskBand bmi(BigDecimal bmi) {
        if (bmi.compareTo(BMI_UNDERWEIGHT_BELOW) < 0) {
            return RiskBand.BMI_UNDERWEIGHT;
        }
        if (bmi.compareTo(BMI_OVERWEIGHT_FROM) < 0) {
            return RiskBand.BMI_NORMAL;
        }
        return bmi.compareTo(BMI_OBESE_FROM) < 0 ? RiskBand.BMI_OVERWEIGHT : RiskBand.BMI_OBESE;
    }

    /** Resting adult heart rate: 60–100 beats per minute is normal (American Heart Association). */
    public static RiskBand heartRate(int beatsPerMinute) {
        if (beatsPerMinute < 60) {
            return RiskBand.HR_LOW;
        }
        return beatsPerMinute > 100 ? RiskBand.HR_HIGH : RiskBand.HR_NORMAL;
    }

    /**
     * The bands on a chart's value axis, with the thresholds above: blood pressure by its systolic value (the
     * diastolic thresholds are drawn as lines by the chart), glucose by its timing, weight through the BMI bands
     * at the given height (none without it).
     */
    public static List<BandRange> ranges(ReadingType type, GlucoseTiming timing, BigDecimal heightCm) {
        return switch (type) {
            case BLOOD_PRESSURE -> List.of(range(RiskBand.BP_NORMAL, null, 120), range(RiskBand.BP_ELEVATED, 120, 130),
                    range(RiskBand.BP_STAGE_1, 130, 140), range(RiskBand.BP_STAGE_2, 140, 180),
                    range(RiskBand.BP_CRISIS, 180, null));
            case HEART_RATE -> List.of(range(RiskBand.HR_LOW, null, 60), range(RiskBand.HR_NORMAL, 60, 101),
                    range(RiskBand.HR_HIGH, 101, null));
            case BLOOD_GLUCOSE -> {
                boolean fasting = timing == GlucoseTiming.FASTING;
                BigDecimal impaired = fasting ? FASTING_IMPAIRED
                        : timing == GlucoseTiming.AFTER_MEAL ? AFTER_MEAL_IMPAIRED : AFTER_MEAL_DIABETES;
                BigDecimal diabetes = fasting ? FASTING_DIABETES : AFTER_MEAL_DIABETES;
                yield List.of(new BandRange(RiskBand.GLUCOSE_CRISIS, null, GLUCOSE_SEVERE_LOW),
                        new BandRange(RiskBand.GLUCOSE_LOW, GLUCOSE_SEVERE_LOW, GLUCOSE_LOW),
                        new BandRange(RiskBand.GLUCOSE_NORMAL, GLUCOSE_LOW, impaired),
                        new BandRange(RiskBand.GLUCOSE_PREDIABETES, impaired, diabetes),
                        new BandRange(RiskBand.GLUCOSE_DIABETES, diabetes, GLUCOSE_SEVERE_HIGH),
                        new BandRange(RiskBand.GLUCOSE_CRISIS, GLUCOSE_SEVERE_HIGH, null))
                        .stream().filter(r -> r.from() == null || r.to() == null || r.from().compareTo(r.to()) < 0)
                        .toList();
            }
            case WEIGHT -> {
                if (heightCm == null || heightCm.signum() <= 0) {
                    yield List.of();
                }
                BigDecimal metres = heightCm.movePointLeft(2);
                BigDecimal squared = metres.multiply(metres);
                BigDecimal under = BMI_UNDERWEIGHT_BELOW.multiply(squared).setScale(1, RoundingMode.HALF_UP);
                BigDecimal over = BMI_OVERWEIGHT_FROM.multiply(squared).setScale(1, RoundingMode.HALF_UP);
                BigDecimal obese = BMI_OBESE_FROM.multiply(squared).setScale(1, RoundingMode.HALF_UP);
                yield List.of(new BandRange(RiskBand.BMI_UNDERWEIGHT, null, under),
                        new BandRange(RiskBand.BMI_NORMAL, under, over),
                        new BandRange(RiskBand.BMI_OVERWEIGHT, over, obese),
                        new BandRange(RiskBand.BMI_OBESE, obese, null));
            }
        };
    }

    private static BandRange range(RiskBand band, Integer from, Integer to) {
        return new BandRange(band, from == null ? null : new BigDecimal(from), to == null ? null : new BigDecimal(to));
    }
}
