package com.careflow.engine.scaleout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;

/**
 * The asynchronous service step of the scale-out process. It counts every run, committed or not, so a job that two
 * nodes both started would show up even if one of them rolled back.
 */
final class CountingStep implements JavaDelegate {

    private final Map<String, AtomicInteger> runsByInstance = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> runsByNode = new ConcurrentHashMap<>();

    @Override
    public void execute(DelegateExecution execution) {
        count(runsByInstance, execution.getProcessInstanceId());
        count(runsByNode, execution.getProcessEngine().getName());
    }

    int runsOf(String processInstanceId) {
        AtomicInteger runs = runsByInstance.get(processInstanceId);
        return runs == null ? 0 : runs.get();
    }

    int runsOn(String engineName) {
        AtomicInteger runs = runsByNode.get(engineName);
        return runs == null ? 0 : runs.get();
    }

    private static void count(Map<String, AtomicInteger> counts, String key) {
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }
}
