package com.careflow.portal.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.engine.UserTasks.Criteria;
import com.careflow.domain.engine.UserTasks.Sort;
import com.careflow.domain.engine.UserTasks.View;

/**
 * The inbox request in the engine port's terms: views, groups, calendar days of the platform zone for the due
 * filters, priority levels as bounds, order and page. (The engine's query itself is tested against a real engine
 * in the engine module.)
 */
class TaskSearchTest {

    /** 2030-03-01 15:30 in Shanghai. */
    static final Instant NOW = Instant.parse("2030-03-01T07:30:00Z");
    static final Instant MIDNIGHT = Instant.parse("2030-02-28T16:00:00Z");
    static final Set<String> REVIEWERS = Set.of("reviewer");

    FakeUserTasks tasks = new FakeUserTasks(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    TaskSearch search = new TaskSearch(tasks, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

    @Test
    void theViewUserAndGroupsPassThroughAndNullGroupsMeanAll() {
        Criteria mine = criteria("mine", null, null, null, null, null);

        assertThat(mine.view()).isEqualTo(View.MINE);
        assertThat(mine.userId()).isEqualTo("wanglei");
        assertThat(mine.groups()).containsExactly("reviewer");
        assertThat(criteria("unassigned", null, null, null, null, null).view()).isEqualTo(View.UNASSIGNED);
        assertThat(criteria("completed", null, null, null, null, null).view()).isEqualTo(View.COMPLETED);
        assertThat(search.criteria(query("open", null, null, null, null, null), "admin", null).groups()).isNull();
    }

    @Test
    void dueFiltersAreCalendarDaysInThePlatformZone() {
        Criteria overdue = criteria("open", null, "overdue", null, null, null);
        Criteria today = criteria("open", null, "today", null, null, null);
        Criteria week = criteria("open", null, "week", null, null, null);

        assertThat(overdue.dueFrom()).isNull();
        assertThat(overdue.dueTo()).isEqualTo(NOW);
        // "today" also holds a task overdue since this morning
        assertThat(today.dueFrom()).isEqualTo(MIDNIGHT);
        assertThat(today.dueTo()).isEqualTo(MIDNIGHT.plusSeconds(86_400));
        assertThat(week.dueFrom()).isEqualTo(MIDNIGHT);
        assertThat(week.dueTo()).isEqualTo(MIDNIGHT.plusSeconds(7 * 86_400));
        assertThat(criteria("open", null, null, null, null, null).dueFrom()).isNull();
    }

    @Test
    void priorityLevelsAreBoundsAndTheProcessFilterPassesThrough() {
        assertThat(bounds(criteria("open", null, null, "high", null, null))).containsExactly(75, null);
        assertThat(bounds(criteria("open", null, null, "medium", null, null))).containsExactly(25, 75);
        assertThat(bounds(criteria("open", null, null, "low", null, null))).containsExactly(null, 25);
        assertThat(criteria("open", "certification", null, null, null, null).bpmnProcessId())
                .isEqualTo("certification");
    }

    @Test
    void sortAndDirectionFollowTheRequestWithTheListsDefaults() {
        Criteria created = criteria("open", null, null, null, "created", "desc");
        Criteria priority = criteria("open", null, null, null, "priority", null);

        assertThat(created.sort()).isEqualTo(Sort.CREATED);
        assertThat(created.ascending()).isFalse();
        // priority: highest first by default
        assertThat(priority.sort()).isEqualTo(Sort.PRIORITY);
        assertThat(priority.ascending()).isFalse();
        assertThat(criteria("completed", null, null, null, null, null).sort()).isEqualTo(Sort.COMPLETED);
    }

    @Test
    void aPageCarriesTheEnginesTotal() {
        for (int i = 1; i <= 4; i++) {
            tasks.save(TestTasks.task(String.valueOf(i), "CNT" + i, "content-review", "ReviewContent",
                    List.of("reviewer"), NOW.minusSeconds(i * 60L), NOW.plusSeconds(3600), 50));
        }
        Page<UserTask> second = search.find(TaskQuery.parse("open", null, null, null, "created", "asc", 1, 3),
                "wanglei", REVIEWERS);

        assertThat(second.getTotalElements()).isEqualTo(4);
        assertThat(second.getTotalPages()).isEqualTo(2);
        assertThat(second.getNumber()).isEqualTo(1);
        assertThat(second.getContent()).extracting(UserTask::id).containsExactly("1");
        Criteria paged = search.criteria(TaskQuery.parse("open", null, null, null, null, null, 1, 3), "w", REVIEWERS);
        assertThat(paged.page()).isEqualTo(1);
        assertThat(paged.size()).isEqualTo(3);
    }

    private Criteria criteria(String view, String process, String due, String priority, String sort, String dir) {
        return search.criteria(query(view, process, due, priority, sort, dir), "wanglei", REVIEWERS);
    }

    private static List<Integer> bounds(UserTasks.Criteria criteria) {
        return java.util.Arrays.asList(criteria.priorityFrom(), criteria.priorityTo());
    }

    private static TaskQuery query(String view, String process, String due, String priority, String sort,
            String dir) {
        return TaskQuery.parse(view, process, due, priority, sort, dir, null, null);
    }
}
