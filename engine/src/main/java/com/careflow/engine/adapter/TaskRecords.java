package com.careflow.engine.adapter;

import static com.careflow.engine.adapter.Dates.instant;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricIdentityLinkLog;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;

/**
 * Engine tasks as the domain's {@link UserTask}: an open task from the runtime, a finished one from the history. The
 * instance's business key and process id come from one lookup per page; candidate groups from the task's identity
 * links (the history's log for finished tasks: the groups it was offered to).
 */
final class TaskRecords {

    /** The delete reason the engine records for a completed task (anything else: cancelled with its scope). */
    static final String COMPLETED = "completed";

    private final TaskService tasks;
    private final HistoryService history;
    private final Instances instances;

    TaskRecords(TaskService tasks, HistoryService history) {
        this.tasks = tasks;
        this.history = history;
        this.instances = new Instances(history);
    }

    List<UserTask> open(Collection<Task> page) {
        Map<String, HistoricProcessInstance> byId = instances.byId(
                page.stream().map(Task::getProcessInstanceId).toList());
        return page.stream().map(task -> open(task, byId.get(task.getProcessInstanceId()))).toList();
    }

    List<UserTask> past(Collection<HistoricTaskInstance> page) {
        Map<String, HistoricProcessInstance> byId = instances.byId(
                page.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        return page.stream().map(task -> past(task, byId.get(task.getProcessInstanceId()))).toList();
    }

    private UserTask open(Task task, HistoricProcessInstance instance) {
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).distinct().toList();
        return new UserTask(task.getId(), task.getProcessInstanceId(), processId(instance),
                task.getTaskDefinitionKey(), task.getName(), businessKey(instance), UserTaskState.CREATED,
                task.getAssignee(), groups, instant(task.getDueDate()), instant(task.getFollowUpDate()),
                task.getPriority(), instant(task.getCreateTime()), null, null);
    }

    /** A historic task: still open (the history follows the runtime), completed or cancelled. */
    private UserTask past(HistoricTaskInstance task, HistoricProcessInstance instance) {
        List<String> groups = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .type(IdentityLinkType.CANDIDATE).list().stream()
                .map(HistoricIdentityLinkLog::getGroupId).filter(group -> group != null).distinct().toList();
        UserTaskState state = task.getEndTime() == null ? UserTaskState.CREATED
                : COMPLETED.equals(task.getDeleteReason()) ? UserTaskState.COMPLETED : UserTaskState.CANCELED;
        return new UserTask(task.getId(), task.getProcessInstanceId(), task.getProcessDefinitionKey(),
                task.getTaskDefinitionKey(), task.getName(), businessKey(instance), state, task.getAssignee(), groups,
                instant(task.getDueDate()), instant(task.getFollowUpDate()), task.getPriority(),
                instant(task.getStartTime()), instant(task.getEndTime()),
                state == UserTaskState.COMPLETED ? task.getAssignee() : null);
    }

    private static String processId(HistoricProcessInstance instance) {
        return instance == null ? null : instance.getProcessDefinitionKey();
    }

    private static String businessKey(HistoricProcessInstance instance) {
        return instance == null ? null : instance.getBusinessKey();
    }
}
