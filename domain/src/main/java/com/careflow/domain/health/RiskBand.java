package com.careflow.domain.health;

/**
 * Every band a reading or a period can fall in, with how serious it is. The portal says each band and its advice in
 * Chinese and English ({@code health.risk.<BAND>} and {@code health.advice.<BAND>}); the thresholds and the guideline
 * each comes from are in {@link RiskBands}.
 */
public enum RiskBand {
    BP_NORMAL(Severity.NORMAL), BP_ELEVATED(Severity.WATCH), BP_STAGE_1(Severity.HIGH), BP_STAGE_2(Severity.HIGH),
    BP_CRISIS(Severity.CRISIS),
    GLUCOSE_LOW(Severity.HIGH), GLUCOSE_NORMAL(Severity.NORMAL), GLUCOSE_PREDIABETES(Severity.WATCH),
    GLUCOSE_DIABETES(Severity.HIGH), GLUCOSE_CRISIS(Severity.CRISIS),
    BMI_UNDERWEIGHT(Severity.WATCH), BMI_NORMAL(Severity.NORMAL), BMI_OVERWEIGHT(Severity.WATCH),
    BMI_OBESE(Severity.HIGH),
    HR_LOW(Severity.WATCH), HR_NORMAL(Severity.NORMAL), HR_HIGH(Severity.WATCH);

    /** How a band is shown: normal, to watch, high, or a crisis that starts the health-alert process. */
    public enum Severity {
        NORMAL, WATCH, HIGH, CRISIS
    }

    private final Severity severity;

    RiskBand(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public boolean isCrisis() {
        return severity == Severity.CRISIS;
    }
}
