package com.careflow.certify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.careflow.domain.process.ReviewSchedule;

/** The typed process variables of this module's tasks, read and written by name. */
public final class Variables {

    private Variables() {
    }

    /** Just the application. */
    public record ApplicationRef(String applicationId) {

        String application() {
            return Jobs.required("applicationId", applicationId);
        }
    }

    /**
     * What the checks found, and how the reviewer's task is scheduled ({@link ReviewSchedule}, flattened; the dates
     * as Instants, which the engine stores as dates for the user task's due and follow-up dates).
     */
    public record CheckOutcome(boolean checksPassed, Instant reviewDueDate, Instant reviewFollowUpDate,
            int reviewPriority) {

        static CheckOutcome of(boolean checksPassed, ReviewSchedule schedule) {
            return new CheckOutcome(checksPassed, OffsetDateTime.parse(schedule.reviewDueDate()).toInstant(),
                    OffsetDateTime.parse(schedule.reviewFollowUpDate()).toInstant(), schedule.reviewPriority());
        }
    }

    /** The rejection: from failed checks (no reviewer variables) or the reviewer's {@code ReviewDecision}. */
    public record RejectInput(String applicationId, List<String> reviewReasons, String reviewNote,
            String reviewerId, String reviewerName) {

        String application() {
            return Jobs.required("applicationId", applicationId);
        }
    }

    /** The approval: the reviewer who decided ({@code ReviewDecision}). */
    public record GrantInput(String applicationId, String reviewerId, String reviewerName) {

        String application() {
            return Jobs.required("applicationId", applicationId);
        }
    }

    /** The certificate's end and the reminder before it: engine dates, which the model's timers take as they are. */
    public record GrantResult(Instant expiresAt, Instant renewalReminderAt) {
    }
}
