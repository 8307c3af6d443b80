package com.careflow.certify;

import java.util.List;

import com.careflow.domain.process.ReviewSchedule;

/**
 * The typed process variables of this module's jobs. The Camunda client fetches one variable per record component,
 * so the records have no static fields.
 */
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
     * What the checks found, and how the reviewer's task is scheduled ({@link ReviewSchedule}, flattened: the
     * Camunda client writes one variable per component).
     */
    public record CheckOutcome(boolean checksPassed, String reviewDueDate, String reviewFollowUpDate,
            int reviewPriority) {

        static CheckOutcome of(boolean checksPassed, ReviewSchedule schedule) {
            return new CheckOutcome(checksPassed, schedule.reviewDueDate(), schedule.reviewFollowUpDate(),
                    schedule.reviewPriority());
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

    /** The certificate's end and the reminder before it, ISO-8601 with offset for the timers. */
    public record GrantResult(String expiresAt, String renewalReminderAt) {
    }
}
