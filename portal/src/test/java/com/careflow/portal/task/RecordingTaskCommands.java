package com.careflow.portal.task;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.process.ReviewDecision;

/**
 * Stands in for the engine's user-task API and the exporter behind it: applies each command to the
 * {@code user_tasks} document the way Zeebe 8.6 does (a claim with no override is rejected when someone else has
 * the task, commands on a completed task are rejected) and records what was sent. Can fail like an unreachable
 * engine.
 */
public class RecordingTaskCommands implements TaskCommands {

    /** One command that went through: claim, unclaim or complete, with the user or the decision. */
    public record Command(String name, long taskKey, String userId, ReviewDecision decision) {
    }

    private final UserTasks tasks;
    private final Clock clock;
    private final List<Command> commands = new ArrayList<>();
    private RuntimeException failure;
    /** A reviewer who claims the task in the engine right before the next command: a race the read model missed. */
    private String racingClaimer;

    public RecordingTaskCommands(UserTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public synchronized void claim(long taskKey, String userId) {
        UserTask task = open(taskKey);
        if (task.assignee() != null && !task.assignee().equals(userId)) {
            throw conflict("Expected to claim user task with key '" + taskKey + "', but it has already been assigned");
        }
        save(task, userId, UserTaskState.CREATED, null);
        commands.add(new Command("claim", taskKey, userId, null));
    }

    @Override
    public synchronized void unclaim(long taskKey) {
        save(open(taskKey), null, UserTaskState.CREATED, null);
        commands.add(new Command("unclaim", taskKey, null, null));
    }

    @Override
    public synchronized void complete(long taskKey, ReviewDecision decision) {
        UserTask task = open(taskKey);
        save(task, task.assignee(), UserTaskState.COMPLETED, task.assignee());
        commands.add(new Command("complete", taskKey, task.assignee(), decision));
    }

    public synchronized List<Command> commands() {
        return List.copyOf(commands);
    }

    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public synchronized void racedBy(String userId) {
        this.racingClaimer = userId;
    }

    public synchronized void reset() {
        commands.clear();
        failure = null;
        racingClaimer = null;
    }

    private UserTask open(long taskKey) {
        if (failure != null) {
            throw failure;
        }
        UserTask task = tasks.findById(taskKey).orElseThrow(() -> new TaskCommandRejectedException(
                TaskCommandRejectedException.Reason.NOT_FOUND, "no user task " + taskKey, null));
        if (racingClaimer != null) {
            task = save(task, racingClaimer, UserTaskState.CREATED, null);
            racingClaimer = null;
        }
        if (!task.isOpen()) {
            throw conflict("Expected to act on user task with key '" + taskKey + "', but it is in state "
                    + task.state());
        }
        return task;
    }

    private UserTask save(UserTask task, String assignee, UserTaskState state, String completedBy) {
        boolean ended = state != UserTaskState.CREATED;
        return tasks.save(new UserTask(task.id(), task.processInstanceKey(), task.processDefinitionKey(),
                task.bpmnProcessId(), task.elementId(), task.elementInstanceKey(), state, assignee,
                task.candidateGroups(), task.candidateUsers(), task.dueDate(), task.followUpDate(), task.priority(),
                task.customHeaders(), task.createdAt(), ended ? clock.instant() : null, completedBy,
                task.alertedCreated(), task.alertedDueSoon(), task.position() + 1));
    }

    private static TaskCommandRejectedException conflict(String detail) {
        return new TaskCommandRejectedException(TaskCommandRejectedException.Reason.CONFLICT, detail, null);
    }
}
