package com.careflow.domain.health.interpretation;

/** REQUESTED until the ai worker stored its answer. */
public enum InterpretationStatus {
    REQUESTED, READY
}
