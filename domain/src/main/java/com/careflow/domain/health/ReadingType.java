package com.careflow.domain.health;

/** The kinds of health reading a customer keeps. */
public enum ReadingType {
    /** systolic / diastolic in mmHg, with the pulse in beats per minute */
    BLOOD_PRESSURE,
    /** mmol/L, with when it was taken ({@link GlucoseTiming}) */
    BLOOD_GLUCOSE,
    /** kg */
    WEIGHT,
    /** beats per minute */
    HEART_RATE
}
