package com.careflow.domain.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engine's user tasks: the inbox's queries and the reviewer's commands. */
public interface UserTasks {

    /** An open or completed task. */
    Optional<UserTask> findById(String taskId);

    /** The tasks, open and completed, of the instances of {@code businessKey}, oldest first. */
    List<UserTask> findByBusinessKey(String businessKey);

    /** Every open task, oldest first. */
    List<UserTask> findOpen();

    /** One page of the inbox; {@code total} counts all matches. */
    Page search(Criteria criteria);

    /**
     * Claims the task for {@code userId}.
     *
     * @throws TaskConflictException when someone else holds it
     * @throws TaskGoneException when it is no longer open
     */
    void claim(String taskId, String userId);

    /** Gives the task back to its groups. @throws TaskGoneException when it is no longer open */
    void unclaim(String taskId);

    /**
     * Completes the task as {@code userId} with {@code variables}.
     *
     * @throws TaskConflictException when someone else holds it
     * @throws TaskGoneException when it is no longer open
     */
    void complete(String taskId, String userId, Map<String, Object> variables);

    /** Which list of the inbox. */
    enum View {
        /** open, assigned to the user */
        MINE,
        /** open, nobody's yet */
        UNASSIGNED,
        /** everything open */
        OPEN,
        /** completed */
        COMPLETED
    }

    enum Sort {
        DUE, CREATED, PRIORITY, COMPLETED
    }

    /**
     * An inbox query. {@code groups} null means every group (admin); the date and priority bounds are null when
     * unused (from inclusive, to exclusive).
     */
    record Criteria(View view, String userId, Collection<String> groups, String bpmnProcessId, Instant dueFrom,
            Instant dueTo, Integer priorityFrom, Integer priorityTo, Sort sort, boolean ascending, int page,
            int size) {
    }

    record Page(List<UserTask> tasks, long total) {
    }

    /** Someone else holds the task. */
    final class TaskConflictException extends RuntimeException {

        private final String assignee;

        public TaskConflictException(String assignee, String message) {
            super(message);
            this.assignee = assignee;
        }

        public String assignee() {
            return assignee;
        }
    }

    /** The task is completed or cancelled, or never existed. */
    final class TaskGoneException extends RuntimeException {

        public TaskGoneException(String message) {
            super(message);
        }
    }
}
