package com.careflow.domain.engine;

/** An incident is open until resolved (retried or its instance cancelled). */
public enum IncidentState {
    ACTIVE, RESOLVED
}
