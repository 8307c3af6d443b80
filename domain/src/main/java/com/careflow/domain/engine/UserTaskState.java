package com.careflow.domain.engine;

/** Lifecycle of a user task: open until completed, or cancelled with its element. */
public enum UserTaskState {
    CREATED, COMPLETED, CANCELED
}
