package com.careflow.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * One attempt to bring the servers up: a shared deadline, progress lines while waiting, and a way for the runtime
 * to abandon the attempt (another server failed, or the JVM is stopping).
 */
final class Startup {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    @FunctionalInterface
    interface Probe {
        boolean ready() throws Exception;
    }

    private final Instant began = Instant.now();
    private final Duration timeout;
    private final BooleanSupplier abandoned;

    Startup(Duration timeout, BooleanSupplier abandoned) {
        this.timeout = timeout;
        this.abandoned = abandoned;
    }

    Duration elapsed() {
        return Duration.between(began, Instant.now());
    }

    /** Polls {@code probe} until it answers true; the child exiting meanwhile is a failure. */
    void awaitReady(String server, ChildProcess child, Probe probe) {
        waitUntil(server, child, () -> {
            if (!child.isAlive()) {
                throw child.exitedWhileStarting();
            }
            return probe.ready();
        });
    }

    /** Waits for a child that does one job and exits (a build step); a non-zero exit code is a failure. */
    void awaitSuccessfulExit(String server, ChildProcess child) {
        waitUntil(server, child, () -> {
            if (child.isAlive()) {
                return false;
            }
            if (child.exitCode() != 0) {
                throw child.exitedWhileStarting();
            }
            return true;
        });
    }

    private void waitUntil(String server, ChildProcess child, Probe condition) {
        Instant waitingSince = Instant.now();
        Instant nextReport = waitingSince.plus(REPORT_EVERY);
        while (!answers(condition)) {
            if (abandoned.getAsBoolean()) {
                throw RuntimeStartupException.aborted(server);
            }
            if (elapsed().compareTo(timeout) > 0) {
                child.printLogTail();
                throw RuntimeStartupException.timedOut(server, timeout, child.log());
            }
            if (Instant.now().isAfter(nextReport)) {
                Progress.say("still waiting for %s (%d s)…".formatted(server,
                        Duration.between(waitingSince, Instant.now()).toSeconds()));
                nextReport = nextReport.plus(REPORT_EVERY);
            }
            pause();
        }
    }

    private static boolean answers(Probe probe) {
        try {
            return probe.ready();
        } catch (RuntimeStartupException failure) {
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        } catch (Exception notYet) {
            // connection refused, still replaying, …: keep polling
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        }
    }

    private static RuntimeStartupException interrupted() {
        return new RuntimeStartupException("Interrupted while waiting for the local servers",
                "Start CareFlow again");
    }
}
