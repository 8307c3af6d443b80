package com.careflow.portal.task;

/** The engine refused a user task command: the task is someone else's ({@link Reason#CONFLICT}) or gone. */
class TaskCommandRejectedException extends RuntimeException {

    enum Reason {
        /** the task's state does not allow it: claimed by someone else, or already completed */
        CONFLICT,
        /** no such task (completed and removed, or cancelled with its instance) */
        NOT_FOUND
    }

    private final Reason reason;

    TaskCommandRejectedException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
