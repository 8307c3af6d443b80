package com.careflow.domain.engine;

/** Lifecycle of a process or element instance. */
public enum ProcessInstanceState {
    ACTIVE, COMPLETED, TERMINATED
}
