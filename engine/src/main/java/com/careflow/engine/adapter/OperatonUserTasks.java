package com.careflow.engine.adapter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.exception.NotFoundException;
import org.operaton.bpm.engine.exception.NullValueException;
import org.operaton.bpm.engine.task.Task;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;

/**
 * {@link UserTasks} on the engine's TaskService (open tasks) and history (finished ones). The engine's claim refuses
 * a task someone else holds; completing checks the assignee itself, because the engine lets anyone complete.
 */
class OperatonUserTasks implements UserTasks {

    private final TaskService tasks;
    private final HistoryService history;
    private final TaskRecords records;
    private final TaskSearch search;

    OperatonUserTasks(TaskService tasks, HistoryService history, TaskSearch search) {
        this.tasks = tasks;
        this.history = history;
        this.records = new TaskRecords(tasks, history);
        this.search = search;
    }

    @Override
    public Optional<UserTask> findById(String taskId) {
        Task open = openTask(taskId);
        if (open != null) {
            return Optional.of(records.open(List.of(open)).getFirst());
        }
        return Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult())
                .map(task -> records.past(List.of(task)).getFirst());
    }

    @Override
    public List<UserTask> findByBusinessKey(String businessKey) {
        return records.past(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .orderByHistoricActivityInstanceStartTime().asc().orderByTaskId().asc().list());
    }

    @Override
    public List<UserTask> findOpen() {
        return records.open(tasks.createTaskQuery().orderByTaskCreateTime().asc().orderByTaskId().asc().list());
    }

    @Override
    public Page search(Criteria criteria) {
        return search.find(criteria);
    }

    @Override
    public void claim(String taskId, String userId) {
        Task task = existing(taskId);
        if (userId.equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw conflict(taskId, task.getAssignee());
        }
        engine(taskId, () -> tasks.claim(taskId, userId));
    }

    @Override
    public void unclaim(String taskId) {
        existing(taskId);
        engine(taskId, () -> tasks.setAssignee(taskId, null));
    }

    @Override
    public void complete(String taskId, String userId, Map<String, Object> variables) {
        // claiming first makes the assignee check race-free: a concurrent claim by someone else makes it fail
        claim(taskId, userId);
        engine(taskId, () -> tasks.complete(taskId, variables));
    }

    private Task openTask(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult();
    }

    private Task existing(String taskId) {
        Task task = openTask(taskId);
        if (task == null) {
            throw new TaskGoneException("Task " + taskId + " is not open");
        }
        return task;
    }

    /** Runs a command, telling the engine's refusals in the port's terms. */
    private void engine(String taskId, Runnable command) {
        try {
            command.run();
        }
        catch (TaskAlreadyClaimedException e) {
            throw conflict(taskId, e.getTaskAssignee());
        }
        catch (NotFoundException | NullValueException e) {
            throw new TaskGoneException("Task " + taskId + " is not open: " + e.getMessage());
        }
        catch (OptimisticLockingException e) {
            // someone changed the task at the same moment: it is gone or has another holder now
            Task now = existing(taskId);
            throw conflict(taskId, now.getAssignee());
        }
    }

    private static TaskConflictException conflict(String taskId, String assignee) {
        return new TaskConflictException(assignee, "Task " + taskId + " is claimed by " + assignee);
    }
}
