package com.careflow.domain.health;

import java.time.Instant;

/**
 * Published when a saved reading falls in the crisis band (e.g. blood pressure of 180/120 mmHg or more): the
 * health-alert process starts for it. {@code summary} says what was measured ("收缩压 186 / 舒张压 124 mmHg").
 */
public record CrisisReadingRecorded(String readingId, String customerId, ReadingType type, String summary,
        Instant takenAt) {
}
