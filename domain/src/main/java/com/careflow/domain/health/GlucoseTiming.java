package com.careflow.domain.health;

/** When a blood glucose reading was taken: the bands differ. */
public enum GlucoseTiming {
    FASTING, AFTER_MEAL, RANDOM
}
