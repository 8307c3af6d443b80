package com.careflow.portal.task;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;
import com.careflow.portal.security.PortalUser;
import com.careflow.portal.security.Roles;

/**
 * The inbox of one user: the tasks of their groups (their roles; an admin sees all), as rows with names, subjects
 * and due-date state, and single tasks for the form. A task outside the user's groups does not exist for them.
 */
@Component
class TaskInbox {

    private final TaskSearch search;
    private final UserTasks tasks;
    private final TaskTexts texts;
    private final Map<String, ReviewTaskType> types;
    private final Clock clock;

    TaskInbox(TaskSearch search, UserTasks tasks, TaskTexts texts, List<ReviewTaskType> types, Clock clock) {
        this.search = search;
        this.tasks = tasks;
        this.texts = texts;
        this.types = types.stream().collect(Collectors.toMap(ReviewTaskType::processId, type -> type));
        this.clock = clock;
    }

    /**
     * The groups whose tasks the user sees: their roles; for an admin every group but the consultants', whose
     * call-back tasks carry a customer's health reading — an admin reads those only on the customer's health record,
     * with a reason that is logged.
     */
    static Set<String> groups(PortalUser user) {
        if (!user.isAdmin()) {
            return user.roles();
        }
        return Roles.CAREFLOW.stream().filter(role -> !Roles.CONSULTANT.equals(role)).collect(Collectors.toSet());
    }

    Page<TaskRow> list(TaskQuery query, PortalUser user, Locale locale) {
        Page<UserTask> page = search.find(query, user.id(), groups(user));
        return page.map(rows(page.getContent(), user, locale)::get);
    }

    /** The bpmnProcessIds the process filter offers. */
    Collection<String> processes() {
        return types.keySet().stream().sorted().toList();
    }

    UserTask get(String id, PortalUser user) {
        return tasks.findById(id)
                .filter(task -> task.isForAnyOf(groups(user)))
                .orElseThrow(() -> new TaskNotFoundException(id));
    }

    Optional<ReviewTaskType> type(UserTask task) {
        return Optional.ofNullable(types.get(task.bpmnProcessId()));
    }

    TaskRow row(UserTask task, PortalUser user, Locale locale) {
        return rows(List.of(task), user, locale).get(task);
    }

    /** Rows for a page of tasks: one lookup each for people and for the subjects of each type, not one per row. */
    private Map<UserTask, TaskRow> rows(List<UserTask> page, PortalUser user, Locale locale) {
        Map<String, String> names = texts.names(page.stream()
                .flatMap(task -> Stream.of(task.assignee(), task.completedBy())).collect(Collectors.toSet()));
        // the business key is the subject's id; grouped by process, as each type finds its own subjects
        Map<String, Set<String>> byProcess = page.stream()
                .filter(task -> task.businessKey() != null && task.bpmnProcessId() != null)
                .collect(Collectors.groupingBy(UserTask::bpmnProcessId,
                        Collectors.mapping(UserTask::businessKey, Collectors.toSet())));
        Map<String, Map<String, String>> subjects = new HashMap<>();
        byProcess.forEach((processId, keys) -> Optional.ofNullable(types.get(processId))
                .ifPresent(type -> subjects.put(processId, type.subjects(keys))));
        Instant now = clock.instant();
        Map<UserTask, TaskRow> rows = new HashMap<>();
        for (UserTask task : page) {
            TaskQuery.Priority level = TaskQuery.Priority.of(task.priority());
            rows.put(task, new TaskRow(task.id(), task.elementId(),
                    texts.taskName(task.elementId(), locale), task.bpmnProcessId(),
                    texts.processName(task.bpmnProcessId(), locale),
                    subject(subjects, task),
                    task.assignee(), names.get(task.assignee()), user.id().equals(task.assignee()),
                    texts.time(task.dueDate()), task.isOverdue(now), task.priority(), TaskQuery.lower(level),
                    texts.message("task.priority." + TaskQuery.lower(level), locale), texts.time(task.createdAt()),
                    texts.time(task.endedAt()), names.get(task.completedBy()), task.state().name(),
                    "/tasks/" + task.id()));
        }
        return rows;
    }

    private static String subject(Map<String, Map<String, String>> subjects, UserTask task) {
        Map<String, String> ofType = task.bpmnProcessId() == null ? null : subjects.get(task.bpmnProcessId());
        return ofType == null || task.businessKey() == null ? null : ofType.get(task.businessKey());
    }
}
