package com.careflow.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * When each order reached CONFIRMED ({@link System#nanoTime()}), told by whoever sees it first: the no-op
 * order.confirm worker, the order's status-changed event, or the Mongo poll. Arrival before the order is awaited
 * is fine.
 */
final class Confirmations {

    private final Map<String, CompletableFuture<Long>> confirmed = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> firstSeenBy = new ConcurrentSkipListMap<>();

    /** {@code source} names who saw it (counted when it saw it first): shows which signal the figures rest on. */
    void confirmed(String orderNumber, String source) {
        if (future(orderNumber).complete(System.nanoTime())) {
            firstSeenBy.computeIfAbsent(source, s -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** E.g. "event 310, mongo poll 20". */
    String sources() {
        return firstSeenBy.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().get())
                .collect(Collectors.joining(", "));
    }

    boolean isConfirmed(String orderNumber) {
        return future(orderNumber).isDone();
    }

    /** The nano time of the confirmation; throws {@link TimeoutException} when it does not come in time. */
    long await(String orderNumber, Duration timeout) throws TimeoutException, InterruptedException {
        try {
            return future(orderNumber).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private CompletableFuture<Long> future(String orderNumber) {
        return confirmed.computeIfAbsent(orderNumber, n -> new CompletableFuture<>());
    }
}
