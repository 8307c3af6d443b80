package com.careflow.domain.health.alert;

/** What came of the consultant's call-back after a crisis reading. */
public enum CallBackOutcome {
    /** The customer was reached and advised. */
    REACHED,
    /** The customer was reached and told to go to hospital now. */
    ADVISED_HOSPITAL,
    /** Nobody answered. */
    NOT_REACHABLE
}
