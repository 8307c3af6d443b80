package com.careflow.bench;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.assignment.GrabOutcome;
import com.careflow.domain.assignment.Offer;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.assignment.OfferStatus;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.provider.Provider;

/**
 * Scenario 2: paid orders are put on offer (through {@link OfferDesk#open}, as the offer step does), then one thread
 * per provider walks the offers in its own random order and grabs each one it has not yet seen taken, exactly as
 * the portal's grab endpoint does (the Mongo claim, then order-grabbed for a win), until every offer is gone.
 * Afterwards the winners are counted per order (the benchmark's own record of every WON answer and the offers in
 * Mongo) and every provider's calendar is checked for two orders at the same time.
 */
final class GrabRace {

    private static final Logger log = LoggerFactory.getLogger(GrabRace.class);

    private final OfferDesk desk;
    private final Orders orders;
    private final ServiceSlots slots;
    private final OrderClient client;
    private final MongoOperations mongo;
    private final Clock clock;

    GrabRace(OfferDesk desk, Orders orders, ServiceSlots slots, OrderClient client, MongoOperations mongo,
            Clock clock) {
        this.desk = desk;
        this.orders = orders;
        this.slots = slots;
        this.client = client;
        this.mongo = mongo;
        this.clock = clock;
    }

    Result run(ServiceItem service, List<Provider> providers, int orderCount, int perSlot) {
        List<String> offered = openOffers(service, orderCount, perSlot);
        Map<String, Set<String>> winners = new ConcurrentHashMap<>();
        Set<String> seenTaken = ConcurrentHashMap.newKeySet();
        Map<GrabOutcome, AtomicInteger> outcomes = new EnumMap<>(GrabOutcome.class);
        for (GrabOutcome o : GrabOutcome.values()) {
            outcomes.put(o, new AtomicInteger());
        }
        Latencies all = new Latencies();
        Latencies claims = new Latencies();
        AtomicInteger refusedMessages = new AtomicInteger();
        Latencies won = new Latencies();
        Latencies lost = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong calls = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(providers.size());
        for (Provider provider : providers) {
            List<String> walk = new ArrayList<>(offered);
            Collections.shuffle(walk);
            Thread.ofPlatform().daemon().name("bench-race-" + provider.getId()).start(() -> {
                try {
                    start.await();
                    for (String orderNumber : walk) {
                        if (seenTaken.contains(orderNumber)) {
                            continue; // the portal's list no longer shows it
                        }
                        long t0 = System.nanoTime();
                        GrabOutcome outcome;
                        try {
                            outcome = desk.grab(orderNumber, provider.getId());
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            log.warn("Grab of {} by {} failed: {}", orderNumber, provider.getId(), e.toString());
                            continue;
                        }
                        claims.add(System.nanoTime() - t0);
                        if (outcome == GrabOutcome.WON) {
                            try {
                                client.grabbed(orderNumber, provider.getId());
                            } catch (RuntimeException e) {
                                // as the portal: the claim stands; the round's timer finds the winner in Mongo
                                refusedMessages.incrementAndGet();
                                log.debug("order-grabbed for {} not published: {}", orderNumber, e.toString());
                            }
                        }
                        long elapsed = System.nanoTime() - t0;
                        calls.incrementAndGet();
                        all.add(elapsed);
                        outcomes.get(outcome).incrementAndGet();
                        switch (outcome) {
                            case WON -> {
                                won.add(elapsed);
                                winners.computeIfAbsent(orderNumber, n -> ConcurrentHashMap.newKeySet())
                                        .add(provider.getId());
                                seenTaken.add(orderNumber);
                            }
                            case ALREADY_TAKEN, NOT_OPEN -> {
                                lost.add(elapsed);
                                seenTaken.add(orderNumber);
                            }
                            default -> { /* busy at that time or not eligible: the next one */ }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("bench-race-progress").factory());
        long began = System.nanoTime();
        progress.scheduleAtFixedRate(() -> log.info("race: {}/{} offers taken, {} grab calls, {} providers still going",
                seenTaken.size(), offered.size(), calls.get(), done.getCount()), 5, 5, TimeUnit.SECONDS);
        start.countDown();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            progress.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
        return check(providers, offered, winners, outcomes, new Latencies[] {all, claims, won, lost}, errors.get(),
                refusedMessages.get(), elapsed);
    }

    /** Saves {@code count} paid orders (slots held) and opens their offers; returns their numbers. */
    private List<String> openOffers(ServiceItem service, int count, int perSlot) {
        SlotPlan plan = new SlotPlan(slots, service, LocalDate.now(clock), perSlot);
        List<String> numbers = new ArrayList<>();
        long began = System.nanoTime();
        long lastLog = began;
        for (int i = 0; i < count; i++) {
            LocalDateTime start = plan.next();
            String orderNumber = "RACE" + String.format("%06d", i + 1) + "-" + began % 100000;
            if (!slots.hold(service, start, orderNumber)) {
                throw new IllegalStateException("slot " + start + " is full; lower careflow.bench.race-orders-per-slot");
            }
            ServiceOrder order = client.newOrder(orderNumber, service, start);
            order.markPaid("race-payment-" + orderNumber, "bench", clock);
            desk.open(orders.save(order));
            numbers.add(orderNumber);
            if (System.nanoTime() - lastLog > 5_000_000_000L) {
                lastLog = System.nanoTime();
                log.info("race setup: {}/{} offers open", i + 1, count);
            }
        }
        log.info("race setup: {} offers open in {} s", count, (System.nanoTime() - began) / 1_000_000_000);
        return numbers;
    }

    private Result check(List<Provider> providers, List<String> offered, Map<String, Set<String>> winners,
            Map<GrabOutcome, AtomicInteger> outcomes, Latencies[] latencies, int errors, int refusedMessages,
            Duration elapsed) {
        int doubleWins = (int) winners.values().stream().filter(w -> w.size() > 1).count();
        int untaken = 0;
        int winnerMismatches = 0;
        Map<String, Offer> offers = new HashMap<>();
        for (Offer offer : mongo.find(query(where("_id").in(offered)), Offer.class)) {
            offers.put(offer.getOrderNumber(), offer);
        }
        for (String orderNumber : offered) {
            Offer offer = offers.get(orderNumber);
            if (offer == null || offer.getStatus() != OfferStatus.TAKEN) {
                untaken++;
                continue;
            }
            Set<String> claimed = winners.getOrDefault(orderNumber, Set.of());
            if (claimed.size() != 1 || !claimed.contains(offer.getWinnerId())) {
                winnerMismatches++;
            }
        }
        // calendars: every booked block belongs to the order's winner; no provider has two orders at one time
        Set<String> providerIds = new HashSet<>(providers.stream().map(Provider::getId).toList());
        int strayBookings = 0;
        Map<String, Set<String>> ordersByProviderAndBlock = new HashMap<>();
        for (Document booking : mongo.find(query(where("orderNumber").in(offered)), Document.class,
                "provider_bookings")) {
            String providerId = booking.getString("providerId");
            String orderNumber = booking.getString("orderNumber");
            Offer offer = offers.get(orderNumber);
            if (!providerIds.contains(providerId) || offer == null || !providerId.equals(offer.getWinnerId())) {
                strayBookings++;
            }
            ordersByProviderAndBlock.computeIfAbsent(providerId + "|" + booking.get("blockStart"),
                    k -> new HashSet<>()).add(orderNumber);
        }
        int doubleBookings = (int) ordersByProviderAndBlock.values().stream().filter(o -> o.size() > 1).count();
        // the same check from the winners' side: a provider's won orders never share a start time
        Map<String, Set<LocalDateTime>> startsByWinner = new HashMap<>();
        int overlappingWins = 0;
        for (Offer offer : offers.values()) {
            if (offer.getWinnerId() != null
                    && !startsByWinner.computeIfAbsent(offer.getWinnerId(), k -> new HashSet<>())
                            .add(offer.getAppointmentStart())) {
                overlappingWins++;
            }
        }
        Map<GrabOutcome, Integer> counts = new EnumMap<>(GrabOutcome.class);
        outcomes.forEach((o, n) -> counts.put(o, n.get()));
        return new Result(providers.size(), offered.size(), counts, doubleWins, winnerMismatches, untaken,
                doubleBookings + overlappingWins, strayBookings, errors, refusedMessages, elapsed, latencies[0],
                latencies[1], latencies[2], latencies[3]);
    }

    /** The race's figures; {@code doubleAssignments} must be 0. */
    record Result(int providers, int orders, Map<GrabOutcome, Integer> outcomes, int doubleAssignments,
            int winnerMismatches, int untaken, int doubleBookings, int strayBookings, int errors,
            int refusedMessages, Duration elapsed, Latencies all, Latencies claims, Latencies won, Latencies lost) {

        int grabCalls() {
            return outcomes.values().stream().mapToInt(Integer::intValue).sum();
        }

        boolean clean() {
            return doubleAssignments == 0 && winnerMismatches == 0 && untaken == 0 && doubleBookings == 0
                    && strayBookings == 0 && errors == 0;
        }
    }
}
