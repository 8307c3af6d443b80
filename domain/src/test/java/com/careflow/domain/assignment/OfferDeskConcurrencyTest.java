package com.careflow.domain.assignment;

import static com.careflow.domain.catalog.ServiceCategory.COMPANION_ESCORT;
import static com.careflow.domain.provider.CertificationLevel.STANDARD;
import static com.careflow.domain.provider.ProviderFixtures.provider;
import static com.careflow.domain.provider.ProviderFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.DomainMongoTest;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.provider.ProviderFixtures;
import com.careflow.domain.provider.Providers;

/**
 * 50 providers grab 20 offers for the same time, all at once, each going through the offers in its own order: every
 * offer has exactly one winner, every other grab is told it lost, and no provider ends up with two of them.
 */
@DomainMongoTest
class OfferDeskConcurrencyTest {

    private static final int PROVIDERS = 50;
    private static final int ORDERS = 20;
    private static final LocalDateTime START = LocalDateTime.now(AppointmentTimes.ZONE).plusDays(3)
            .withHour(13).withMinute(0).withSecond(0).withNano(0);
    private static final ServiceItem ESCORT = service("escort-race", COMPANION_ESCORT, "北京", 240);

    @Autowired
    OfferDesk desk;
    @Autowired
    Offers offers;
    @Autowired
    Providers providers;
    @Autowired
    ServiceItems services;
    @Autowired
    MongoOperations mongo;

    private final List<String> providerIds = IntStream.range(0, PROVIDERS).mapToObj(i -> "race-" + i).toList();
    private final List<String> orderNumbers = IntStream.range(0, ORDERS).mapToObj(i -> "ORD-RACE-" + i).toList();

    @BeforeEach
    void openOffers() {
        ProviderFixtures.clear(mongo);
        services.save(ESCORT);
        providerIds.forEach(id -> providers.save(provider(id, "北京", COMPANION_ESCORT, STANDARD)));
        orderNumbers.forEach(n -> desk.open(TestOrders.order(n, ESCORT, START)));
    }

    record Grab(String providerId, String orderNumber, GrabOutcome outcome) {
    }

    @Test
    void everyOfferHasExactlyOneWinnerAndNoProviderIsBookedTwice() throws Exception {
        List<Grab> grabs = grabAllAtOnce();

        assertThat(grabs).hasSize(PROVIDERS * ORDERS);
        Map<String, List<Grab>> byOrder = new ConcurrentHashMap<>();
        grabs.forEach(g -> byOrder.computeIfAbsent(g.orderNumber(), k -> new ArrayList<>()).add(g));
        for (String orderNumber : orderNumbers) {
            List<Grab> won = byOrder.get(orderNumber).stream().filter(g -> g.outcome() == GrabOutcome.WON).toList();
            assertThat(won).as("winners of %s", orderNumber).hasSize(1);
            assertThat(byOrder.get(orderNumber)).filteredOn(g -> g.outcome() != GrabOutcome.WON)
                    .extracting(Grab::outcome)
                    .allMatch(o -> o == GrabOutcome.ALREADY_TAKEN || o == GrabOutcome.PROVIDER_BUSY);
            Offer offer = offers.findById(orderNumber).orElseThrow();
            assertThat(offer.getStatus()).isEqualTo(OfferStatus.TAKEN);
            assertThat(offer.getWinnerId()).isEqualTo(won.get(0).providerId());
        }
        List<String> winners = grabs.stream().filter(g -> g.outcome() == GrabOutcome.WON).map(Grab::providerId)
                .toList();
        assertThat(winners).as("the offers are at the same time").doesNotHaveDuplicates();

        // the calendar holds the winners' appointments and nothing of the losers
        List<Document> bookings = mongo.findAll(Document.class, "provider_bookings");
        assertThat(bookings).hasSize(ORDERS * 8);
        for (Document booking : bookings) {
            Offer offer = offers.findById(booking.getString("orderNumber")).orElseThrow();
            assertThat(booking.getString("providerId")).isEqualTo(offer.getWinnerId());
        }
    }

    private List<Grab> grabAllAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PROVIDERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Grab>>> futures = new ArrayList<>();
            for (String providerId : providerIds) {
                List<String> mine = new ArrayList<>(orderNumbers);
                Collections.shuffle(mine, new Random(providerId.hashCode()));
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Grab> results = new ArrayList<>();
                    for (String orderNumber : mine) {
                        results.add(new Grab(providerId, orderNumber, desk.grab(orderNumber, providerId)));
                    }
                    return results;
                }));
            }
            start.countDown();
            List<Grab> all = new ArrayList<>();
            for (Future<List<Grab>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
