package com.careflow.portal.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;

/**
 * The inbox queries on the exporter's {@code user_tasks} collection (the 8.6 engine has no task search of its
 * own). A user sees the tasks whose candidate groups include one of their roles; {@code groups == null} means all
 * groups (admin). Due-date filters count days in the platform zone.
 */
@Component
class TaskSearch {

    private final MongoTemplate mongo;
    private final Clock clock;

    TaskSearch(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    PageImpl<UserTask> find(TaskQuery request, String userId, Collection<String> groups) {
        Query query = new Query(criteria(request, userId, groups));
        long total = mongo.count(query, UserTask.class);
        Sort.Direction direction = request.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        PageRequest page = PageRequest.of(request.page(), request.size(),
                Sort.by(direction, request.sort().field).and(Sort.by(direction, "_id")));
        List<UserTask> tasks = mongo.find(query.with(page), UserTask.class);
        return new PageImpl<>(tasks, page, total);
    }

    private Criteria criteria(TaskQuery request, String userId, Collection<String> groups) {
        List<Criteria> all = new ArrayList<>();
        if (groups != null) {
            all.add(Criteria.where("candidateGroups").in(groups));
        }
        switch (request.view()) {
            case MINE -> all.add(open().and("assignee").is(userId));
            case UNASSIGNED -> all.add(open().and("assignee").is(null));
            case OPEN -> all.add(open());
            case COMPLETED -> all.add(Criteria.where("state").is(UserTaskState.COMPLETED.name()));
        }
        if (request.process() != null) {
            all.add(Criteria.where("bpmnProcessId").is(request.process()));
        }
        if (request.due() != null) {
            all.add(due(request.due()));
        }
        if (request.priority() != null) {
            all.add(priority(request.priority()));
        }
        return new Criteria().andOperator(all);
    }

    private static Criteria open() {
        return Criteria.where("state").is(UserTaskState.CREATED.name());
    }

    private Criteria due(TaskQuery.Due due) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        Instant today = LocalDate.now(clock).atStartOfDay(zone).toInstant();
        return switch (due) {
            case OVERDUE -> Criteria.where("dueDate").lt(now);
            case TODAY -> Criteria.where("dueDate").gte(today).lt(today.plus(Duration.ofDays(1)));
            // due from today on through the next seven days; already overdue ones have their own filter
            case WEEK -> Criteria.where("dueDate").gte(today).lt(today.plus(Duration.ofDays(7)));
        };
    }

    private static Criteria priority(TaskQuery.Priority priority) {
        return switch (priority) {
            case HIGH -> Criteria.where("priority").gte(TaskQuery.Priority.HIGH_FROM);
            case MEDIUM -> Criteria.where("priority").gte(TaskQuery.Priority.MEDIUM_FROM)
                    .lt(TaskQuery.Priority.HIGH_FROM);
            case LOW -> Criteria.where("priority").lt(TaskQuery.Priority.MEDIUM_FROM);
        };
    }
}
