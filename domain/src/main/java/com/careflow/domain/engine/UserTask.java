package com.careflow.domain.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Camunda user task ({@code zeebe:userTask}), as the exporter last saw it. The id is the engine's user task key,
 * which the REST user-task API takes. Dates come from the model's {@code zeebe:taskSchedule} (null when absent);
 * priority from {@code zeebe:priorityDefinition} (0–100, 50 by default). {@code completedBy} is the assignee at
 * completion. {@code alertedCreated} / {@code alertedDueSoon} are written by the notify worker's task alerts (the
 * exporter never touches them).
 */
@Document("user_tasks")
public record UserTask(
        @Id long id,
        long processInstanceKey,
        long processDefinitionKey,
        String bpmnProcessId,
        String elementId,
        long elementInstanceKey,
        UserTaskState state,
        String assignee,
        List<String> candidateGroups,
        List<String> candidateUsers,
        Instant dueDate,
        Instant followUpDate,
        int priority,
        Map<String, String> customHeaders,
        Instant createdAt,
        Instant endedAt,
        String completedBy,
        Boolean alertedCreated,
        String alertedDueSoon,
        long position) {

    public boolean isOpen() {
        return state == UserTaskState.CREATED;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && dueDate != null && dueDate.isBefore(now);
    }

    /** Whether a user holding {@code roles} may work it: one of its candidate groups is one of the roles. */
    public boolean isForAnyOf(java.util.Collection<String> roles) {
        return candidateGroups != null && candidateGroups.stream().anyMatch(roles::contains);
    }
}
