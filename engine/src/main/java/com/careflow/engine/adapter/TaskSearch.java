package com.careflow.engine.adapter;

import static com.careflow.engine.adapter.Dates.date;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.operaton.bpm.engine.history.NativeHistoricTaskInstanceQuery;
import org.operaton.bpm.engine.task.TaskQuery;

import com.careflow.domain.engine.UserTasks.Criteria;
import com.careflow.domain.engine.UserTasks.Page;
import com.careflow.domain.engine.UserTasks.View;

/**
 * The inbox query. Open views are a TaskQuery. The completed view is a native query on the task history, because
 * the history's query API has neither a priority range nor "had one of these candidate groups".
 */
final class TaskSearch {

    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final TaskRecords records;

    TaskSearch(TaskService tasks, HistoryService history, ManagementService management) {
        this.tasks = tasks;
        this.history = history;
        this.management = management;
        this.records = new TaskRecords(tasks, history);
    }

    Page find(Criteria criteria) {
        if (criteria.groups() != null && criteria.groups().isEmpty()) {
            return new Page(List.of(), 0); // a user without groups sees no task
        }
        return criteria.view() == View.COMPLETED ? completed(criteria) : open(criteria);
    }

    private Page open(Criteria criteria) {
        TaskQuery query = tasks.createTaskQuery();
        if (criteria.groups() != null) {
            // a candidate-group filter alone would leave out assigned tasks
            query.taskCandidateGroupIn(List.copyOf(criteria.groups())).includeAssignedTasks();
        }
        switch (criteria.view()) {
            case MINE -> query.taskAssignee(criteria.userId());
            case UNASSIGNED -> query.taskUnassigned();
            default -> {
            }
        }
        if (criteria.bpmnProcessId() != null) {
            query.processDefinitionKey(criteria.bpmnProcessId());
        }
        // the engine's due bounds are exclusive both ways; the criteria's lower one is inclusive
        if (criteria.dueFrom() != null) {
            query.dueAfter(Date.from(criteria.dueFrom().minusMillis(1)));
        }
        if (criteria.dueTo() != null) {
            query.dueBefore(date(criteria.dueTo()));
        }
        if (criteria.priorityFrom() != null) {
            query.taskMinPriority(criteria.priorityFrom());
        }
        if (criteria.priorityTo() != null) {
            query.taskMaxPriority(criteria.priorityTo() - 1);
        }
        switch (criteria.sort()) {
            case DUE -> query.orderByDueDate();
            case PRIORITY -> query.orderByTaskPriority();
            default -> query.orderByTaskCreateTime();
        }
        direction(query, criteria.ascending());
        direction(query.orderByTaskId(), criteria.ascending());
        long total = query.count();
        return new Page(records.open(query.listPage(first(criteria), criteria.size())), total);
    }

    private static void direction(TaskQuery query, boolean ascending) {
        if (ascending) {
            query.asc();
        }
        else {
            query.desc();
        }
    }

    private Page completed(Criteria criteria) {
        String tasksTable = management.getTableName(HistoricTaskInstance.class);
        // the link log has no public entity class to ask for; it shares the task history's table prefix
        String linksTable = tasksTable.replace("ACT_HI_TASKINST", "ACT_HI_IDENTITYLINK");
        List<String> where = new ArrayList<>(List.of("T.END_TIME_ is not null", "T.DELETE_REASON_ = #{completed}"));
        NativeHistoricTaskInstanceQuery list = history.createNativeHistoricTaskInstanceQuery();
        NativeHistoricTaskInstanceQuery count = history.createNativeHistoricTaskInstanceQuery();
        List<NativeHistoricTaskInstanceQuery> both = List.of(list, count);
        both.forEach(query -> query.parameter("completed", TaskRecords.COMPLETED));
        if (criteria.groups() != null) {
            List<String> groups = List.copyOf(criteria.groups());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                String name = "group" + i;
                names.add("#{" + name + "}");
                String group = groups.get(i);
                both.forEach(query -> query.parameter(name, group));
            }
            where.add("exists (select 1 from " + linksTable + " L where L.TASK_ID_ = T.ID_ and L.TYPE_ = 'candidate'"
                    + " and L.GROUP_ID_ in (" + String.join(", ", names) + "))");
        }
        bound(where, both, "T.PROC_DEF_KEY_ =", "process", criteria.bpmnProcessId());
        bound(where, both, "T.DUE_DATE_ >=", "dueFrom", date(criteria.dueFrom()));
        bound(where, both, "T.DUE_DATE_ <", "dueTo", date(criteria.dueTo()));
        bound(where, both, "T.PRIORITY_ >=", "priorityFrom", criteria.priorityFrom());
        bound(where, both, "T.PRIORITY_ <", "priorityTo", criteria.priorityTo());
        String from = " from " + tasksTable + " T where " + String.join(" and ", where);
        String column = switch (criteria.sort()) {
            case DUE -> "T.DUE_DATE_";
            case PRIORITY -> "T.PRIORITY_";
            case CREATED -> "T.START_TIME_";
            case COMPLETED -> "T.END_TIME_";
        };
        String direction = criteria.ascending() ? " asc" : " desc";
        long total = count.sql("select count(*)" + from).count();
        List<HistoricTaskInstance> page = list.sql("select T.*" + from + " order by " + column + direction + ", T.ID_"
                + direction).listPage(first(criteria), criteria.size());
        return new Page(records.past(page), total);
    }

    /** Adds {@code column value} as a named parameter when the bound is used. */
    private static void bound(List<String> where, List<NativeHistoricTaskInstanceQuery> queries, String comparison,
            String name, Object value) {
        if (value != null) {
            where.add(comparison + " #{" + name + "}");
            queries.forEach(query -> query.parameter(name, value));
        }
    }

    private static int first(Criteria criteria) {
        return criteria.page() * criteria.size();
    }
}
