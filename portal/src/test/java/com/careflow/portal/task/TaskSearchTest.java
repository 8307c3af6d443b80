package com.careflow.portal.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import com.careflow.domain.content.Contents;
import com.careflow.domain.engine.ProcessInstances;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;
import com.careflow.portal.PortalWebMvcTest;

/** The inbox's Mongo queries on user_tasks, against a real Mongo wire server (mongo-java-server). */
@PortalWebMvcTest
class TaskSearchTest {

    @Autowired
    TaskSearch search;
    @Autowired
    UserTasks tasks;
    @Autowired
    ProcessInstances instances;
    @Autowired
    Contents contents;
    @Autowired
    Clock clock;

    TestTasks fixture;
    Instant now;

    @BeforeEach
    void tasks() {
        fixture = new TestTasks(tasks, instances, contents, clock);
        fixture.clear();
        now = clock.instant();
        Instant endOfToday = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        save(1, "content-review", "reviewer", null, Duration.ofHours(-2), 90, 5);      // overdue, high
        save(2, "content-review", "reviewer", null, Duration.ofDays(3), 50, 4);        // this week, medium
        save(3, "certification", "reviewer", "wanglei", Duration.ofDays(10), 10, 3);   // later, low, mine
        save(4, "certification", "finance", null, Duration.ofDays(1), 80, 2);          // other group
        tasks.save(TestTasks.task(5, 105, "content-review", "ReviewContent", List.of("reviewer"),
                now.minus(Duration.ofHours(1)), Duration.between(now, endOfToday).compareTo(Duration.ofMinutes(2)) > 0
                        ? endOfToday.minusSeconds(60) : now.plusSeconds(30), 25));            // today, medium
        fixture.complete(TestTasks.task(6, 106, "content-review", "ReviewContent", List.of("reviewer"),
                now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)), 50), "zhaomin", now.minusSeconds(600));
        fixture.complete(TestTasks.task(7, 107, "content-review", "ReviewContent", List.of("reviewer"),
                now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(1)), 50), "wanglei", now.minusSeconds(60));
    }

    @Test
    void viewsSplitOpenTasksByAssigneeAndShowTheCompletedNewestFirst() {
        assertThat(keys(query("mine", null, null, null, null, null), "wanglei")).containsExactly(3L);
        assertThat(keys(query("unassigned", null, null, null, null, null), "wanglei")).containsExactly(1L, 5L, 2L);
        assertThat(keys(query("open", null, null, null, null, null), "wanglei")).containsExactly(1L, 5L, 2L, 3L);
        assertThat(keys(query("completed", null, null, null, null, null), "wanglei")).containsExactly(7L, 6L);
    }

    @Test
    void onlyTasksOfTheUsersGroupsUnlessAllGroups() {
        assertThat(keys(search.find(query("open", null, null, null, null, null), "fin", Set.of("finance"))))
                .containsExactly(4L);
        assertThat(keys(search.find(query("open", null, null, null, null, null), "admin", null)))
                .containsExactly(1L, 5L, 4L, 2L, 3L);
        assertThat(keys(search.find(query("open", null, null, null, null, null), "c", Set.of("customer"))))
                .isEmpty();
    }

    @Test
    void filtersByProcessDueDateAndPriority() {
        assertThat(keys(query("open", "certification", null, null, null, null), "wanglei")).containsExactly(3L);
        assertThat(keys(query("open", null, "overdue", null, null, null), "wanglei")).containsExactly(1L);
        // calendar days in the platform zone: "today" also holds a task overdue since this morning
        assertThat(keys(query("open", null, "today", null, null, null), "wanglei")).contains(5L)
                .doesNotContain(2L, 3L);
        assertThat(keys(query("open", null, "week", null, null, null), "wanglei")).contains(5L, 2L)
                .doesNotContain(3L);
        assertThat(keys(query("open", null, null, "high", null, null), "wanglei")).containsExactly(1L);
        assertThat(keys(query("open", null, null, "medium", null, null), "wanglei")).containsExactly(5L, 2L);
        assertThat(keys(query("open", null, null, "low", null, null), "wanglei")).containsExactly(3L);
    }

    @Test
    void sortsByCreationOrPriorityEitherWay() {
        assertThat(keys(query("open", null, null, null, "created", "asc"), "wanglei")).containsExactly(1L, 2L, 3L, 5L);
        assertThat(keys(query("open", null, null, null, "created", "desc"), "wanglei")).containsExactly(5L, 3L, 2L, 1L);
        // priority: highest first by default
        assertThat(keys(query("open", null, null, null, "priority", null), "wanglei")).containsExactly(1L, 2L, 5L, 3L);
        assertThat(keys(query("open", null, null, null, "due", "desc"), "wanglei")).containsExactly(3L, 2L, 5L, 1L);
    }

    @Test
    void pagesThroughTheList() {
        Page<UserTask> first = search.find(TaskQuery.parse("open", null, null, null, null, null, 0, 3), "wanglei",
                Set.of("reviewer"));
        Page<UserTask> second = search.find(TaskQuery.parse("open", null, null, null, null, null, 1, 3), "wanglei",
                Set.of("reviewer"));
        assertThat(first.getTotalElements()).isEqualTo(4);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(keys(first)).containsExactly(1L, 5L, 2L);
        assertThat(keys(second)).containsExactly(3L);
    }

    private void save(long key, String process, String group, String assignee, Duration dueIn, int priority,
            int ageDays) {
        UserTask task = tasks.save(TestTasks.task(key, 100 + key, process, "Review", List.of(group),
                now.minus(Duration.ofDays(ageDays)), now.plus(dueIn), priority));
        if (assignee != null) {
            fixture.assign(task, assignee);
        }
    }

    private List<Long> keys(TaskQuery query, String userId) {
        return keys(search.find(query, userId, Set.of("reviewer")));
    }

    private static List<Long> keys(Page<UserTask> page) {
        return page.getContent().stream().map(UserTask::id).toList();
    }

    private static TaskQuery query(String view, String process, String due, String priority, String sort,
            String dir) {
        return TaskQuery.parse(view, process, due, priority, sort, dir, null, null);
    }
}
