package com.careflow.domain.health;

/** Where a period's readings are heading, from the least-squares line through them. */
public enum Direction {
    RISING, STABLE, FALLING,
    /** fewer than {@link Trends#MIN_READINGS} readings, or all at the same moment: no line to fit */
    NOT_ENOUGH_DATA
}
