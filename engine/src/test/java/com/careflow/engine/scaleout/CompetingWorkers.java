package com.careflow.engine.scaleout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;

/**
 * External-task workers, one per engine node, that fetch and lock the same topic at the same time and complete what
 * they got. Records which worker locked which task, so a task handed to both shows up.
 */
final class CompetingWorkers {

    private final String topic;
    private final String variable;
    private final String value;
    private final int expected;
    private final Map<String, String> workerOfTask = new ConcurrentHashMap<>();
    private final List<String> lockedTwice = new CopyOnWriteArrayList<>();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger fetchConflicts = new AtomicInteger();

    /** Workers for {@code expected} tasks of {@code topic} in instances whose {@code variable} equals {@code value}. */
    CompetingWorkers(String topic, String variable, String value, int expected) {
        this.topic = topic;
        this.variable = variable;
        this.value = value;
        this.expected = expected;
    }

    /** Runs one worker per node until all expected tasks are completed or time is up; the tasks each one did. */
    List<Integer> run(List<ProcessEngine> nodes, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (ProcessEngine node : nodes) {
                workers.add(threads.submit(() -> work(node, deadline)));
            }
            List<Integer> done = new ArrayList<>();
            for (Future<Integer> worker : workers) {
                done.add(worker.get(limit.toSeconds() + 10, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            threads.shutdownNow();
        }
    }

    private int work(ProcessEngine node, long deadline) {
        String workerId = "worker-on-" + node.getName();
        ExternalTaskService tasks = node.getExternalTaskService();
        int mine = 0;
        while (completed.get() < expected && System.nanoTime() < deadline) {
            List<LockedExternalTask> locked;
            try {
                locked = tasks.fetchAndLock(10, workerId).topic(topic, 60_000)
                        .processInstanceVariableEquals(variable, value).execute();
            } catch (OptimisticLockingException raced) {
                fetchConflicts.incrementAndGet(); // the other worker locked first: fetch again
                continue;
            }
            for (LockedExternalTask task : locked) {
                String earlier = workerOfTask.putIfAbsent(task.getId(), workerId);
                if (earlier != null) {
                    lockedTwice.add(task.getId() + " by " + earlier + " and " + workerId);
                }
                tasks.complete(task.getId(), workerId); // throws if the task was already completed elsewhere
                completed.incrementAndGet();
                mine++;
            }
        }
        return mine;
    }

    Map<String, String> workerOfTask() {
        return workerOfTask;
    }

    List<String> lockedTwice() {
        return lockedTwice;
    }

    int completed() {
        return completed.get();
    }

    int fetchConflicts() {
        return fetchConflicts.get();
    }
}
