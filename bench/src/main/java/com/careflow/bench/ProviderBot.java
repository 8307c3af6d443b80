package com.careflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careflow.domain.assignment.GrabOutcome;
import com.careflow.domain.assignment.Offer;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.assignment.OfferStatus;
import com.careflow.domain.assignment.Offers;

/**
 * A provider who grabs every offer the moment it is open. With real workers it watches the offers collection (as
 * the portal's offer list does, only every 20 ms instead of every 3 s) and grabs through {@link OfferDesk}, then
 * publishes order-grabbed, as the portal's grab endpoint does. With no-op workers there is no offer document: the
 * no-op offer step tells the bot, which only publishes the message.
 */
final class ProviderBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProviderBot.class);
    private static final long POLL_MILLIS = 20;

    private final OrderClient client;
    private final OfferDesk desk;
    private final String noopProviderId;
    private final ExecutorService grabbers = Executors.newFixedThreadPool(4,
            Thread.ofPlatform().daemon().name("bench-bot-", 1).factory());
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("bench-bot-poll").factory());
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failures = new AtomicInteger();

    private ProviderBot(OrderClient client, OfferDesk desk, String noopProviderId) {
        this.client = client;
        this.desk = desk;
        this.noopProviderId = noopProviderId;
    }

    /** Grabs through the real offer desk, watching the offers collection. */
    static ProviderBot watching(OrderClient client, OfferDesk desk, Offers offers) {
        ProviderBot bot = new ProviderBot(client, desk, null);
        bot.poller.scheduleWithFixedDelay(() -> bot.poll(offers), 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
        return bot;
    }

    /** Only publishes order-grabbed for {@code providerId} when told an offer opened. */
    static ProviderBot messagesOnly(OrderClient client, String providerId) {
        return new ProviderBot(client, null, providerId);
    }

    void offerOpened(String orderNumber) {
        if (handled.add(orderNumber)) {
            grabbers.execute(() -> grab(orderNumber, List.of(noopProviderId)));
        }
    }

    int failures() {
        return failures.get();
    }

    private void poll(Offers offers) {
        try {
            for (Offer offer : offers.findByStatusInOrderByOpenedAt(List.of(OfferStatus.OPEN))) {
                if (handled.add(offer.getOrderNumber())) {
                    List<String> providers = new ArrayList<>(offer.getEligibleProviderIds());
                    Collections.shuffle(providers);
                    grabbers.execute(() -> grab(offer.getOrderNumber(), providers));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the open offers: {}", e.toString());
        }
    }

    private void grab(String orderNumber, List<String> providers) {
        try {
            for (String providerId : providers) {
                GrabOutcome outcome = desk == null ? GrabOutcome.WON : desk.grab(orderNumber, providerId);
                if (outcome == GrabOutcome.WON) {
                    client.grabbed(orderNumber, providerId);
                    return;
                }
                if (outcome == GrabOutcome.ALREADY_TAKEN || outcome == GrabOutcome.NOT_OPEN) {
                    break;
                }
            }
            failures.incrementAndGet();
            log.warn("Order {}: no provider could grab it", orderNumber);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            log.warn("Order {}: the grab failed: {}", orderNumber, e.toString());
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        grabbers.shutdownNow();
    }
}
