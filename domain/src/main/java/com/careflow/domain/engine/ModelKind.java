package com.careflow.domain.engine;

/** What a deployed model is: a BPMN process or a DMN decision. */
public enum ModelKind {
    PROCESS, DECISION
}
