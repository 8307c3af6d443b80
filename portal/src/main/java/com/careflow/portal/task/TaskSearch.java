package com.careflow.portal.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;

/**
 * The inbox request in the terms of the engine's task search ({@link UserTasks#search}): the list, the user's
 * groups ({@code null}: all, admin), due-date filters as day bounds in the platform zone, priority levels as bounds.
 */
@Component
class TaskSearch {

    private final UserTasks tasks;
    private final Clock clock;

    TaskSearch(UserTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    PageImpl<UserTask> find(TaskQuery request, String userId, Collection<String> groups) {
        UserTasks.Page page = tasks.search(criteria(request, userId, groups));
        return new PageImpl<>(page.tasks(), PageRequest.of(request.page(), request.size()), page.total());
    }

    UserTasks.Criteria criteria(TaskQuery request, String userId, Collection<String> groups) {
        Instant dueFrom = null;
        Instant dueTo = null;
        if (request.due() != null) {
            Instant today = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
            switch (request.due()) {
                case OVERDUE -> dueTo = clock.instant();
                case TODAY -> {
                    dueFrom = today;
                    dueTo = today.plus(Duration.ofDays(1));
                }
                // due from today on through the next seven days; already overdue ones have their own filter
                case WEEK -> {
                    dueFrom = today;
                    dueTo = today.plus(Duration.ofDays(7));
                }
            }
        }
        Integer priorityFrom = null;
        Integer priorityTo = null;
        if (request.priority() != null) {
            switch (request.priority()) {
                case HIGH -> priorityFrom = TaskQuery.Priority.HIGH_FROM;
                case MEDIUM -> {
                    priorityFrom = TaskQuery.Priority.MEDIUM_FROM;
                    priorityTo = TaskQuery.Priority.HIGH_FROM;
                }
                case LOW -> priorityTo = TaskQuery.Priority.MEDIUM_FROM;
            }
        }
        return new UserTasks.Criteria(UserTasks.View.valueOf(request.view().name()), userId, groups,
                request.process(), dueFrom, dueTo, priorityFrom, priorityTo,
                UserTasks.Sort.valueOf(request.sort().name()), request.ascending(), request.page(), request.size());
    }
}
