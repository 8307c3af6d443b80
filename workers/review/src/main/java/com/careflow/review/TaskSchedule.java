package com.careflow.review;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.careflow.domain.process.ReviewSchedule;

/**
 * The appeal task's scheduling as process variables: due and follow-up dates as Instants, which the engine stores
 * as dates and the user task's {@code operaton:dueDate="${reviewDueDate}"} takes as they are.
 */
public record TaskSchedule(Instant reviewDueDate, Instant reviewFollowUpDate, int reviewPriority) {

    static TaskSchedule of(ReviewSchedule schedule) {
        return new TaskSchedule(OffsetDateTime.parse(schedule.reviewDueDate()).toInstant(),
                OffsetDateTime.parse(schedule.reviewFollowUpDate()).toInstant(), schedule.reviewPriority());
    }
}
