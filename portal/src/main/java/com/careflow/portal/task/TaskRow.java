package com.careflow.portal.task;

/**
 * One line of the inbox, as the page and /api/tasks show it. The key is the engine's task id (a string).
 * {@code priorityLevel} is high, medium or low; {@code overdue} an open task past its due date.
 */
record TaskRow(String key, String elementId, String name, String processId, String processName, String subject,
        String assigneeId, String assignee, boolean mine, String due, boolean overdue, int priority,
        String priorityLevel, String priorityLabel, String created, String completed, String completedBy,
        String state, String url) {
}
