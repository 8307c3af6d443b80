package com.careflow.domain.engine;

/** Lifecycle of a Camunda user task as exported: open until completed or cancelled with its element. */
public enum UserTaskState {
    CREATED, COMPLETED, CANCELED
}
