package com.careflow.bench;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.order.OrderStatus;

/**
 * Scenario 1, one phase: {@code concurrency} customers each place an order, pay it and wait until it is CONFIRMED,
 * then place the next, until {@code orders} are done. Latency is placement → CONFIRMED; throughput is confirmed
 * orders over the time from the first placement to the last confirmation.
 */
final class ThroughputRun {

    private static final Logger log = LoggerFactory.getLogger(ThroughputRun.class);
    private static final long MONGO_POLL_MILLIS = 100;

    private final OrderClient client;
    private final ServiceItem service;
    private final SlotPlan plan;
    private final Duration timeout;
    private final int concurrency;

    ThroughputRun(OrderClient client, ServiceItem service, SlotPlan plan, Duration timeout, int concurrency) {
        this.client = client;
        this.service = service;
        this.plan = plan;
        this.timeout = timeout;
        this.concurrency = concurrency;
    }

    /**
     * Runs one phase. {@code mongo}, when given, is polled for CONFIRMED orders in flight besides the
     * {@code confirmations} signal (a safety net for a confirm step that publishes no event).
     */
    Phase run(String label, int orders, Confirmations confirmations, MongoOperations mongo) {
        Set<String> inFlight = ConcurrentHashMap.newKeySet();
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastConfirmed = new AtomicLong();
        ExecutorService customers = Executors.newFixedThreadPool(concurrency,
                Thread.ofPlatform().daemon().name("bench-customer-", 1).factory());
        ScheduledExecutorService watch = Executors.newScheduledThreadPool(1,
                Thread.ofPlatform().daemon().name("bench-watch").factory());
        long began = System.nanoTime();
        watch.scheduleAtFixedRate(() -> log.info("{}: {}/{} confirmed, {} failed, {} in flight, {} orders/s so far",
                label, latencies.count(), orders, failed.get(), inFlight.size(), String.format(Locale.ROOT, "%.2f",
                        perSecond(latencies.count(), System.nanoTime() - began))), 5, 5, TimeUnit.SECONDS);
        if (mongo != null) {
            watch.scheduleWithFixedDelay(() -> pollConfirmed(mongo, inFlight, confirmations), MONGO_POLL_MILLIS,
                    MONGO_POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(customers.submit(() -> {
                while (next.getAndIncrement() < orders) {
                    long placed = System.nanoTime();
                    String orderNumber = null;
                    try {
                        orderNumber = client.place(service, plan.next());
                        inFlight.add(orderNumber);
                        client.pay(orderNumber);
                        long confirmed = confirmations.await(orderNumber, timeout);
                        latencies.add(confirmed - placed);
                        lastConfirmed.accumulateAndGet(confirmed, Math::max);
                    } catch (TimeoutException e) {
                        failed.incrementAndGet();
                        log.warn("{}: order {} was not confirmed within {}", label, orderNumber, timeout);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        log.warn("{}: {} failed: {}", label, orderNumber == null ? "placing an order"
                                : "order " + orderNumber, e.toString());
                    } finally {
                        if (orderNumber != null) {
                            inFlight.remove(orderNumber);
                        }
                    }
                }
            }));
        }
        try {
            for (Future<?> customer : running) {
                customer.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            customers.shutdownNow();
            watch.shutdownNow();
        }
        long end = lastConfirmed.get() == 0 ? System.nanoTime() : lastConfirmed.get();
        return new Phase(label, orders, latencies.count(), failed.get(), Duration.ofNanos(end - began), latencies);
    }

    private static void pollConfirmed(MongoOperations mongo, Set<String> inFlight, Confirmations confirmations) {
        try {
            List<String> waiting = inFlight.stream().filter(n -> !confirmations.isConfirmed(n)).toList();
            if (waiting.isEmpty()) {
                return;
            }
            mongo.find(query(where("_id").in(waiting).and("status").is(OrderStatus.CONFIRMED.name())),
                    Document.class, "orders")
                    .forEach(order -> confirmations.confirmed(order.getString("_id"), "mongo poll"));
        } catch (RuntimeException e) {
            log.debug("Mongo poll failed: {}", e.toString());
        }
    }

    static double perSecond(int count, long nanos) {
        return nanos <= 0 ? 0 : count / (nanos / 1e9);
    }

    /** The figures of one phase. */
    record Phase(String label, int orders, int confirmed, int failed, Duration elapsed, Latencies latencies) {

        double perSecond() {
            return ThroughputRun.perSecond(confirmed, elapsed.toNanos());
        }

        String perSecondText() {
            return String.format(Locale.ROOT, "%.2f", perSecond());
        }
    }
}
