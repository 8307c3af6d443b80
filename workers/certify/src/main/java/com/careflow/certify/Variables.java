package com.careflow.certify;

import java.util.List;

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
     * What the checks found, and how the reviewer's task is scheduled: ISO-8601 date-times with offset (the user
     * task's dueDate/followUpDate expressions read them) and a priority 0–100.
     */
    public record CheckOutcome(boolean checksPassed, String reviewDueDate, String reviewFollowUpDate,
            int reviewPriority) {
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
