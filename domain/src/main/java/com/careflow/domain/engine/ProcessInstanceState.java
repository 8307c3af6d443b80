package com.careflow.domain.engine;

/** Lifecycle of a process or element instance as exported. */
public enum ProcessInstanceState {
    ACTIVE, COMPLETED, TERMINATED
}
