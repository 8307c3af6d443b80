package com.careflow.ai;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.careflow.domain.content.Prescreen;
import com.careflow.domain.process.ReviewSchedule;

/**
 * What the pre-screen task hands the content-review process: the verdict the gateway routes on, the score, and the
 * scheduling of the ReviewContent user task (used only on the REVIEW path). The dates are Instants: the engine stores
 * them as dates, which {@code operaton:dueDate="${reviewDueDate}"} takes as they are.
 */
public record PrescreenResult(String prescreenVerdict, int prescreenScore, Instant reviewDueDate,
        Instant reviewFollowUpDate, int reviewPriority) {

    static PrescreenResult of(Prescreen prescreen, ReviewSchedule schedule) {
        return new PrescreenResult(prescreen.verdict().name(), prescreen.score(),
                OffsetDateTime.parse(schedule.reviewDueDate()).toInstant(),
                OffsetDateTime.parse(schedule.reviewFollowUpDate()).toInstant(), schedule.reviewPriority());
    }
}
