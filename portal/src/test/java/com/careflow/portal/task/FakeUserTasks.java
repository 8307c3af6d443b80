package com.careflow.portal.task;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.process.ReviewDecision;
import com.careflow.worker.TaskVariables;

/**
 * Stands in for the engine's user tasks in web slices: tasks kept in memory, commands applied with the adapter's
 * rules (a claim on someone else's task and a completion by someone else are conflicts naming the holder, commands
 * on a task no longer open are gone; completing an unassigned task claims it first), and every command that went
 * through recorded. Can fail like an unreachable engine, or lose a race to another reviewer. The search filters and
 * sorts plainly; the real query is tested against a real engine in the engine module.
 */
public class FakeUserTasks implements UserTasks {

    /** One command that went through, with the user and the completion's variables. */
    public record Command(String name, String taskId, String userId, Map<String, Object> variables) {

        /** The completion's variables read back as the decision the inbox sent. */
        public ReviewDecision decision() {
            return variables == null ? null : TaskVariables.read(variables, ReviewDecision.class);
        }
    }

    private final Clock clock;
    private final Map<String, UserTask> tasks = new LinkedHashMap<>();
    private final List<Command> commands = new ArrayList<>();
    private RuntimeException failure;
    /** A reviewer who claims the task in the engine right before the next command: a race the page missed. */
    private String racingClaimer;

    public FakeUserTasks(Clock clock) {
        this.clock = clock;
    }

    public synchronized UserTask save(UserTask task) {
        tasks.put(task.id(), task);
        return task;
    }

    public synchronized void deleteAll() {
        tasks.clear();
    }

    @Override
    public synchronized Optional<UserTask> findById(String taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    @Override
    public synchronized List<UserTask> findByBusinessKey(String businessKey) {
        return tasks.values().stream().filter(task -> businessKey.equals(task.businessKey()))
                .sorted(Comparator.comparing(UserTask::createdAt)).toList();
    }

    @Override
    public synchronized List<UserTask> findOpen() {
        return tasks.values().stream().filter(UserTask::isOpen).sorted(Comparator.comparing(UserTask::createdAt))
                .toList();
    }

    @Override
    public synchronized Page search(Criteria criteria) {
        Predicate<UserTask> view = switch (criteria.view()) {
            case MINE -> task -> task.isOpen() && criteria.userId().equals(task.assignee());
            case UNASSIGNED -> task -> task.isOpen() && task.assignee() == null;
            case OPEN -> UserTask::isOpen;
            case COMPLETED -> task -> task.state() == UserTaskState.COMPLETED;
        };
        Function<UserTask, Comparable<?>> key = switch (criteria.sort()) {
            case DUE -> UserTask::dueDate;
            case CREATED -> UserTask::createdAt;
            case PRIORITY -> UserTask::priority;
            case COMPLETED -> UserTask::endedAt;
        };
        @SuppressWarnings({ "unchecked", "rawtypes" })
        Comparator<UserTask> order = Comparator.comparing((Function) key,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        order = order.thenComparing(UserTask::id);
        List<UserTask> all = tasks.values().stream()
                .filter(view)
                .filter(task -> criteria.groups() == null || task.isForAnyOf(criteria.groups()))
                .filter(task -> criteria.bpmnProcessId() == null
                        || criteria.bpmnProcessId().equals(task.bpmnProcessId()))
                .filter(task -> criteria.dueFrom() == null || task.dueDate() != null
                        && !task.dueDate().isBefore(criteria.dueFrom()))
                .filter(task -> criteria.dueTo() == null || task.dueDate() != null
                        && task.dueDate().isBefore(criteria.dueTo()))
                .filter(task -> criteria.priorityFrom() == null || task.priority() >= criteria.priorityFrom())
                .filter(task -> criteria.priorityTo() == null || task.priority() < criteria.priorityTo())
                .sorted(criteria.ascending() ? order : order.reversed())
                .toList();
        return new Page(all.stream().skip((long) criteria.page() * criteria.size()).limit(criteria.size()).toList(),
                all.size());
    }

    @Override
    public synchronized void claim(String taskId, String userId) {
        UserTask task = open(taskId);
        if (task.assignee() != null && !task.assignee().equals(userId)) {
            throw conflict(task);
        }
        save(with(task, userId, UserTaskState.CREATED));
        commands.add(new Command("claim", taskId, userId, null));
    }

    @Override
    public synchronized void unclaim(String taskId) {
        save(with(open(taskId), null, UserTaskState.CREATED));
        commands.add(new Command("unclaim", taskId, null, null));
    }

    @Override
    public synchronized void complete(String taskId, String userId, Map<String, Object> variables) {
        UserTask task = open(taskId);
        if (task.assignee() != null && !task.assignee().equals(userId)) {
            throw conflict(task);
        }
        save(with(task, userId, UserTaskState.COMPLETED));
        commands.add(new Command("complete", taskId, userId, variables));
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

    private UserTask open(String taskId) {
        if (failure != null) {
            throw failure;
        }
        UserTask task = findById(taskId).orElseThrow(() -> new TaskGoneException("no user task " + taskId));
        if (racingClaimer != null) {
            task = save(with(task, racingClaimer, UserTaskState.CREATED));
            racingClaimer = null;
        }
        if (!task.isOpen()) {
            throw new TaskGoneException("user task " + taskId + " is " + task.state());
        }
        return task;
    }

    private static TaskConflictException conflict(UserTask task) {
        return new TaskConflictException(task.assignee(), "task " + task.id() + " is claimed by " + task.assignee());
    }

    /** The task with another assignee or state; a completed one ends now, completed by its assignee. */
    UserTask with(UserTask task, String assignee, UserTaskState state) {
        boolean completed = state == UserTaskState.COMPLETED;
        Instant ended = state == UserTaskState.CREATED ? null : clock.instant();
        return new UserTask(task.id(), task.processInstanceId(), task.bpmnProcessId(), task.elementId(), task.name(),
                task.businessKey(), state, assignee, task.candidateGroups(), task.dueDate(), task.followUpDate(),
                task.priority(), task.createdAt(), ended, completed ? assignee : null);
    }
}
