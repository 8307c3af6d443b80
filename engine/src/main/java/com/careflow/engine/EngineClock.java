package com.careflow.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;

/**
 * The engine's notion of "now", for tests that move time (together with the application's {@code Clock}). Moving
 * it does not by itself fire timers on time: {@link #fireDueTimers()} executes what became due, deterministically,
 * whether or not the job executor runs. The clock is JVM-wide (Operaton's {@link ClockUtil}).
 */
public class EngineClock {

    /** A timer chain longer than this is a cycle that never stops becoming due, not a test scenario. */
    private static final int MAX_ROUNDS = 1_000;

    private final ManagementService management;
    private final ExternalTaskService externalTasks;

    public EngineClock(ManagementService management, ExternalTaskService externalTasks) {
        this.management = management;
        this.externalTasks = externalTasks;
    }

    /**
     * Shifts the engine's time so that it is {@code instant} now and runs on from there, like the application's
     * clock in the tests: a lock or a retry backoff taken after the move still expires.
     */
    public void moveTo(Instant instant) {
        ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
    }

    /**
     * Back to real time. A worker's long poll that waits on the engine's REST API meanwhile keeps its deadline in the
     * moved time: it goes on waiting until a new task arrives for it (so workers in tests need a response timeout
     * longer than their scenarios; see {@code careflow.worker.engine.response-margin}).
     */
    public void reset() {
        ClockUtil.reset();
    }

    /**
     * Waits until no external task is waiting for a worker or being worked on (failed ones without retries left, the
     * incidents, do not count), at most {@code atMost}: then every instance stands at a wait state, and a timer it
     * waits for exists before the clock moves past it.
     *
     * @return whether the workers went idle in time
     */
    public boolean awaitWorkersIdle(Duration atMost) {
        Instant giveUp = Instant.now().plus(atMost);
        while (externalTasks.createExternalTaskQuery().active().withRetriesLeft().count() > 0) {
            if (Instant.now().isAfter(giveUp)) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** When the next timer of the process {@code processDefinitionKey} is due (a timer start event's next cycle). */
    public Optional<Instant> nextTimer(String processDefinitionKey) {
        return management.createJobQuery().timers().active().processDefinitionKey(processDefinitionKey)
                .orderByJobDuedate().asc().list().stream().findFirst().map(job -> job.getDuedate().toInstant());
    }

    /**
     * Executes every active timer job due at or before the engine clock, again and again until none is due, so a
     * timer that a fired timer created (a chain) fires too when it is already due.
     *
     * @return how many timer jobs were executed here
     */
    public int fireDueTimers() {
        int fired = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().timers().active().executable()
                    .duedateLowerThenOrEquals(ClockUtil.getCurrentTime()).list();
            if (due.isEmpty()) {
                return fired;
            }
            for (Job job : due) {
                if (execute(job)) {
                    fired++;
                }
            }
        }
        throw new IllegalStateException("Timers still due after " + MAX_ROUNDS + " rounds: a timer cycle?");
    }

    /**
     * Brings the timers of {@code processDefinitionKey} due after {@code dueBy} forward to it, as an operator could in
     * Cockpit. A timer cycle (the nightly reconciliation) reschedules itself from the clock it fired at: after a test
     * moved time days ahead and back, the next night is days away until this brings it back.
     */
    public void bringTimersForward(String processDefinitionKey, Instant dueBy) {
        for (Job timer : management.createJobQuery().timers().processDefinitionKey(processDefinitionKey)
                .duedateHigherThan(Date.from(dueBy)).list()) {
            management.setJobDuedate(timer.getId(), Date.from(dueBy));
        }
    }

    /** False when the job executor took the job first (then it ran there, which is just as good). */
    private boolean execute(Job job) {
        try {
            management.executeJob(job.getId());
            return true;
        } catch (OptimisticLockingException e) {
            return false;
        } catch (ProcessEngineException e) {
            if (management.createJobQuery().jobId(job.getId()).count() == 0) {
                return false;
            }
            throw e;
        }
    }
}
