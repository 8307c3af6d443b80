package com.careflow.ai;

import com.careflow.domain.content.Prescreen;
import com.careflow.domain.process.ReviewSchedule;

/**
 * What the pre-screen job hands the content-review process: the verdict the gateway routes on, the score, and the
 * scheduling of the ReviewContent user task (used only on the REVIEW path).
 */
public record PrescreenResult(String prescreenVerdict, int prescreenScore, String reviewDueDate,
        String reviewFollowUpDate, int reviewPriority) {

    static PrescreenResult of(Prescreen prescreen, ReviewSchedule schedule) {
        return new PrescreenResult(prescreen.verdict().name(), prescreen.score(), schedule.reviewDueDate(),
                schedule.reviewFollowUpDate(), schedule.reviewPriority());
    }
}
