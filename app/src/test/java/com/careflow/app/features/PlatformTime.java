package com.careflow.app.features;

import java.time.Duration;
import java.time.Instant;

import com.careflow.engine.EngineClock;

import io.cucumber.java.After;

/**
 * Moves time for a scenario: the app's {@link PlatformClock} and the engine's clock together. Right after a move the
 * engine runs every timer due by then, so the step after "2 days pass" already sees the reminders and expiries
 * (nothing waits for the job executor's next poll). After the scenario both go back to real time, so the next
 * scenario's timers are not already due.
 */
public class PlatformTime {

    private static final Duration WORKERS_IDLE = Duration.ofSeconds(20);

    private final PlatformClock appClock;
    private final EngineClock engineClock;
    private boolean moved;

    public PlatformTime(PlatformClock appClock, EngineClock engineClock) {
        this.appClock = appClock;
        this.engineClock = engineClock;
    }

    /**
     * Both clocks to {@code instant}; the engine fires every timer due by then. First the workers finish what they
     * are on: a step still running has not yet reached the timer after it, which would then be set from the moved
     * time and never come due.
     */
    synchronized void moveTo(Instant instant) {
        engineClock.awaitWorkersIdle(WORKERS_IDLE);
        appClock.moveTo(instant);
        engineClock.moveTo(instant);
        moved = true;
        engineClock.fireDueTimers();
    }

    Instant now() {
        return appClock.instant();
    }

    @After
    public synchronized void backToRealTime() {
        if (!moved) {
            return;
        }
        moved = false;
        appClock.reset();
        engineClock.reset();
    }
}
