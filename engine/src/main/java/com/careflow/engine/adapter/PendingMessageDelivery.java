package com.careflow.engine.adapter;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers kept messages as soon as an instance waits for them: every {@code interval}, each pending entry is
 * leased, correlated and marked delivered, or given back for the next pass; expired ones are dropped. Runs on every
 * engine node; the leases keep two nodes off the same entry.
 */
final class PendingMessageDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PendingMessageDelivery.class);

    private final PendingMessages pending;
    private final OperatonWorkflows workflows;
    private final Duration interval;
    private ScheduledExecutorService executor;

    PendingMessageDelivery(PendingMessages pending, OperatonWorkflows workflows, Duration interval) {
        this.pending = pending;
        this.workflows = workflows;
        this.interval = interval;
    }

    /** One pass. @return how many messages it delivered */
    int deliverDue() {
        pending.dropExpired();
        Set<String> tried = new HashSet<>();
        int delivered = 0;
        for (Optional<PendingMessages.Pending> next = pending.claimNext(tried); next.isPresent();
                next = pending.claimNext(tried)) {
            PendingMessages.Pending entry = next.get();
            tried.add(entry.messageId());
            try {
                if (workflows.correlate(entry.message(), entry.businessKey(), entry.variables())) {
                    pending.delivered(entry.messageId());
                    delivered++;
                }
                else {
                    pending.release(entry.messageId());
                }
            }
            catch (RuntimeException e) {
                // e.g. a variable the model cannot take: retrying will not help, but the next pass may (a lock)
                log.warn("Could not deliver message {} ({}) to {}", entry.messageId(), entry.message(),
                        entry.businessKey(), e);
                pending.release(entry.messageId());
            }
        }
        return delivered;
    }

    private void pass() {
        try {
            deliverDue();
        }
        catch (RuntimeException e) {
            log.warn("Pending messages could not be delivered this time", e);
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("pending-messages")
                .daemon(true).factory());
        executor.scheduleWithFixedDelay(this::pass, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
