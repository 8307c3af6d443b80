package com.careflow.processes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.operaton.bpm.engine.externaltask.LockedExternalTask;

/**
 * The script of one business object (external tasks are routed by business key; called instances share their
 * caller's): scripted answers per element id or topic, consumed in order (the last one repeats), ordinary answers
 * otherwise; and the tasks it worked, in order.
 */
final class Scenario {

    private final String businessKey;
    private final Map<String, Deque<Reply>> scripted = new HashMap<>();
    private final List<TaskCall> calls = new ArrayList<>();

    Scenario(String businessKey) {
        this.businessKey = businessKey;
    }

    String businessKey() {
        return businessKey;
    }

    /** Answers the tasks of this element id (or, if no element is scripted, of this topic) with these replies. */
    Scenario on(String elementIdOrTopic, Reply... replies) {
        scripted.put(elementIdOrTopic, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    Reply replyTo(LockedExternalTask task) {
        Deque<Reply> replies = scripted.getOrDefault(task.getActivityId(), scripted.get(task.getTopicName()));
        if (replies == null) {
            return Reply.ordinary(task);
        }
        return replies.size() > 1 ? replies.poll() : replies.peek();
    }

    void worked(TaskCall call) {
        calls.add(call);
    }

    List<String> elements() {
        return calls.stream().map(TaskCall::elementId).toList();
    }

    List<String> jobs() {
        return calls.stream().map(TaskCall::describe).toList();
    }

    long count(String elementId) {
        return calls.stream().filter(call -> call.elementId().equals(elementId)).count();
    }

    TaskCall last(String elementId) {
        return calls.stream().filter(call -> call.elementId().equals(elementId)).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError(elementId + " never ran; tasks so far: " + jobs()));
    }
}
