package com.careflow.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.impl.ProcessEngineImpl;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.rest.impl.FetchAndLockContextListener;
import org.operaton.bpm.engine.rest.impl.FetchAndLockHandlerImpl;
import org.operaton.bpm.engine.runtime.Job;

/**
 * The engine's notion of "now", for tests that move time (together with the application's {@code Clock}). Moving
 * it does not by itself fire timers on time: {@link #fireDueTimers()} executes what became due, deterministically,
 * whether or not the job executor runs. The clock is JVM-wide (Operaton's {@link ClockUtil}).
 */
public class EngineClock {

    /** A timer chain longer than this is a cycle that never stops becoming due, not a test scenario. */
    private static final int MAX_ROUNDS = 1_000;
    /** Longer than any worker's long poll (careflow.worker.engine.long-poll). */
    private static final Duration LONGEST_POLL = Duration.ofMinutes(2);

    private final ManagementService management;

    public EngineClock(ManagementService management) {
        this.management = management;
    }

    /**
     * Shifts the engine's time so that it is {@code instant} now and runs on from there, like the application's
     * clock in the tests: a lock or a retry backoff taken after the move still expires.
     */
    public void moveTo(Instant instant) {
        if (instant.isBefore(now())) {
            releaseLongPolls();
        }
        ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
    }

    /** Back to real time. */
    public void reset() {
        releaseLongPolls();
        ClockUtil.reset();
    }

    /**
     * A worker's long poll waits on the engine's REST API until a deadline in engine time. Moving the clock back would
     * leave it waiting for as long as the clock went back; the worker gives up on it meanwhile, but the engine keeps
     * the poll and locks the next new task for a worker that is gone. So before the clock goes back, it goes a poll's
     * length forward and the waiting polls are woken: they answer empty and the workers poll again.
     */
    private void releaseLongPolls() {
        if (!(FetchAndLockContextListener.getFetchAndLockHandler() instanceof FetchAndLockHandlerImpl polls)) {
            return; // no REST API in this application
        }
        ClockUtil.offset(now().plus(LONGEST_POLL).toEpochMilli() - System.currentTimeMillis());
        Instant giveUp = Instant.now().plusSeconds(5);
        while (!polls.getPendingRequests().isEmpty() && Instant.now().isBefore(giveUp)) {
            ProcessEngineImpl.EXT_TASK_CONDITIONS.signalAll();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
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
