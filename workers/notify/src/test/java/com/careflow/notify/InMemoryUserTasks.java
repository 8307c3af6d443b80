package com.careflow.notify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;

/**
 * The engine's user tasks as the task alerts read them, kept in memory (the engine module tests the real adapter).
 * Only the queries the alerts use are answered; the inbox's search and commands are not the notify worker's.
 */
class InMemoryUserTasks implements UserTasks {

    private final Map<String, UserTask> tasks = new ConcurrentHashMap<>();

    void put(UserTask task) {
        tasks.put(task.id(), task);
    }

    void change(String taskId, UnaryOperator<UserTask> change) {
        tasks.computeIfPresent(taskId, (id, task) -> change.apply(task));
    }

    void clear() {
        tasks.clear();
    }

    @Override
    public Optional<UserTask> findById(String taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    @Override
    public List<UserTask> findByBusinessKey(String businessKey) {
        return tasks.values().stream().filter(t -> businessKey.equals(t.businessKey())).toList();
    }

    @Override
    public List<UserTask> findOpen() {
        return tasks.values().stream().filter(UserTask::isOpen)
                .sorted(java.util.Comparator.comparing(UserTask::createdAt)).toList();
    }

    @Override
    public Page search(Criteria criteria) {
        throw new UnsupportedOperationException("the inbox's query, not used by the task alerts");
    }

    @Override
    public void claim(String taskId, String userId) {
        throw new UnsupportedOperationException("an inbox command, not used by the task alerts");
    }

    @Override
    public void unclaim(String taskId) {
        throw new UnsupportedOperationException("an inbox command, not used by the task alerts");
    }

    @Override
    public void complete(String taskId, String userId, Map<String, Object> variables) {
        throw new UnsupportedOperationException("an inbox command, not used by the task alerts");
    }
}
