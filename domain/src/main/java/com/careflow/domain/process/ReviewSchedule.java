package com.careflow.domain.process;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The scheduling variables of a review user task, as the step before the task outputs them: due date and
 * follow-up date as ISO-8601 date-times with offset (the engine parses such text for a user task's dates), and a
 * priority 0–100. The model reads them as {@code operaton:dueDate="${reviewDueDate}"} etc.
 */
public record ReviewSchedule(String reviewDueDate, String reviewFollowUpDate, int reviewPriority) {

    public ReviewSchedule {
        if (reviewPriority < 0 || reviewPriority > 100) {
            throw new IllegalArgumentException("priority must be 0..100, was " + reviewPriority);
        }
    }

    /** Due {@code due} from now, follow-up {@code followUp} from now, in the clock's zone (the platform's). */
    public static ReviewSchedule from(Clock clock, Duration due, Duration followUp, int priority) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return new ReviewSchedule(iso(now.plus(due)), iso(now.plus(followUp)), Math.clamp(priority, 0, 100));
    }

    private static String iso(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
