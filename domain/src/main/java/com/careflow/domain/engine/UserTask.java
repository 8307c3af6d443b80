package com.careflow.domain.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A user task, open or done. {@code bpmnProcessId} is the process's id (e.g. {@code content-review}),
 * {@code businessKey} the id of what the instance is about (content id, application id). Dates come from the model's
 * due and follow-up dates (null when absent); priority from its priority (50 by default). {@code completedBy} is the
 * assignee at completion.
 */
public record UserTask(
        String id,
        String processInstanceId,
        String bpmnProcessId,
        String elementId,
        String name,
        String businessKey,
        UserTaskState state,
        String assignee,
        List<String> candidateGroups,
        Instant dueDate,
        Instant followUpDate,
        int priority,
        Instant createdAt,
        Instant endedAt,
        String completedBy) {

    public boolean isOpen() {
        return state == UserTaskState.CREATED;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && dueDate != null && dueDate.isBefore(now);
    }

    /** Whether a user holding {@code roles} may work it: one of its candidate groups is one of the roles. */
    public boolean isForAnyOf(Collection<String> roles) {
        return candidateGroups != null && candidateGroups.stream().anyMatch(roles::contains);
    }
}
