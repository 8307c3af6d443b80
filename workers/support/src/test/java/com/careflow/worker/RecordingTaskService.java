package com.careflow.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;

/** Keeps what the handler told the engine, in order; the calls TopicHandler must not make throw. */
final class RecordingTaskService implements ExternalTaskService {

    record Completed(String taskId, Map<String, Object> variables) {
    }

    record Failed(String taskId, String message, String details, int retries, long backoffMillis) {
    }

    record Errored(String taskId, String code, String message, Map<String, Object> variables) {
    }

    final List<Object> calls = new ArrayList<>();

    @Override
    public void complete(ExternalTask task, Map<String, Object> variables) {
        calls.add(new Completed(task.getId(), variables));
    }

    @Override
    public void handleFailure(ExternalTask task, String message, String details, int retries, long retryTimeout) {
        calls.add(new Failed(task.getId(), message, details, retries, retryTimeout));
    }

    @Override
    public void handleBpmnError(ExternalTask task, String code, String message, Map<String, Object> variables) {
        calls.add(new Errored(task.getId(), code, message, variables));
    }

    @Override
    public void complete(ExternalTask task) {
        unexpected();
    }

    @Override
    public void complete(ExternalTask task, Map<String, Object> variables, Map<String, Object> localVariables) {
        unexpected();
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables, Map<String, Object> localVariables) {
        unexpected();
    }

    @Override
    public void handleFailure(String taskId, String message, String details, int retries, long retryTimeout) {
        unexpected();
    }

    @Override
    public void handleFailure(String taskId, String message, String details, int retries, long retryTimeout,
            Map<String, Object> variables, Map<String, Object> localVariables) {
        unexpected();
    }

    @Override
    public void handleBpmnError(ExternalTask task, String code) {
        unexpected();
    }

    @Override
    public void handleBpmnError(ExternalTask task, String code, String message) {
        unexpected();
    }

    @Override
    public void handleBpmnError(String taskId, String code, String message, Map<String, Object> variables) {
        unexpected();
    }

    @Override
    public void lock(String taskId, long lockDuration) {
        unexpected();
    }

    @Override
    public void lock(ExternalTask task, long lockDuration) {
        unexpected();
    }

    @Override
    public void unlock(ExternalTask task) {
        unexpected();
    }

    @Override
    public void setVariables(String taskId, Map<String, Object> variables) {
        unexpected();
    }

    @Override
    public void setVariables(ExternalTask task, Map<String, Object> variables) {
        unexpected();
    }

    @Override
    public void extendLock(ExternalTask task, long newDuration) {
        unexpected();
    }

    @Override
    public void extendLock(String taskId, long newDuration) {
        unexpected();
    }

    private static void unexpected() {
        throw new AssertionError("TopicHandler made a call it should not");
    }
}
