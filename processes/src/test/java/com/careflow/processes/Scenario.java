package com.careflow.processes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camunda.client.api.response.ActivatedJob;

/**
 * The script of one order (jobs are routed by {@code orderNumber}): scripted answers per element id or job type,
 * consumed in order (the last one repeats), ordinary answers otherwise; and the jobs it received, in order.
 */
final class Scenario {

    private final String orderNumber;
    private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
    private final List<JobCall> calls = new CopyOnWriteArrayList<>();
    private final List<JobCall> answered = new CopyOnWriteArrayList<>();

    Scenario(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    String orderNumber() {
        return orderNumber;
    }

    /** Answers the jobs of this element id (or, if no element is scripted, of this job type) with these replies. */
    Scenario on(String elementIdOrJobType, Reply... replies) {
        scripted.put(elementIdOrJobType, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    Reply replyTo(ActivatedJob job) {
        Deque<Reply> replies = scripted.getOrDefault(job.getElementId(), scripted.get(job.getType()));
        if (replies == null) {
            return Reply.ordinary(job);
        }
        synchronized (replies) {
            return replies.size() > 1 ? replies.poll() : replies.peek();
        }
    }

    /** A job arrived (recorded first, so a finished instance's last job is always in {@link #calls()}). */
    void received(JobCall call) {
        calls.add(call);
    }

    /** Its answer reached the engine; {@link #count} counts these, so waiting for a job means it is done. */
    void answered(JobCall call) {
        answered.add(call);
    }

    List<JobCall> calls() {
        return List.copyOf(calls);
    }

    List<String> elements() {
        return calls.stream().map(JobCall::elementId).toList();
    }

    List<String> jobs() {
        return calls.stream().map(JobCall::describe).toList();
    }

    long count(String elementId) {
        return answered.stream().filter(call -> call.elementId().equals(elementId)).count();
    }

    JobCall last(String elementId) {
        return calls.stream().filter(call -> call.elementId().equals(elementId)).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError(elementId + " never ran; jobs so far: " + jobs()));
    }
}
