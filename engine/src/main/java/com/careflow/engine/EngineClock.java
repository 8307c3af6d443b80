package com.careflow.engine;

import java.time.Instant;
import java.util.Date;
import java.util.List;

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

    public EngineClock(ManagementService management) {
        this.management = management;
    }

    public void moveTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Back to real time. */
    public void reset() {
        ClockUtil.reset();
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
