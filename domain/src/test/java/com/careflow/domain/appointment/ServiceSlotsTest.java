package com.careflow.domain.appointment;

import static com.careflow.domain.catalog.ServiceCategory.COMPANION_ESCORT;
import static com.careflow.domain.catalog.ServiceCategory.ONLINE_CONSULTATION;
import static com.careflow.domain.provider.CertificationLevel.BASIC;
import static com.careflow.domain.provider.CertificationLevel.STANDARD;
import static com.careflow.domain.provider.ProviderFixtures.provider;
import static com.careflow.domain.provider.ProviderFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.provider.ProviderFixtures;
import com.careflow.domain.provider.Providers;

@DomainMongoTest
class ServiceSlotsTest {

    private static final LocalDate DAY = LocalDate.now(AppointmentTimes.ZONE).plusDays(5);
    private static final ServiceItem ESCORT = service("escort-test", COMPANION_ESCORT, "北京", 240);

    @Autowired
    ServiceSlots slots;
    @Autowired
    Providers providers;
    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void oneCertifiedProvider() {
        ProviderFixtures.clear(mongo);
        providers.save(provider("p-1", "北京", COMPANION_ESCORT, STANDARD));
    }

    @Test
    void theDayIsCutIntoTheServiceDurationBetweenNineAndFive() {
        assertThat(ServiceSlots.grid(ESCORT, DAY)).extracting(LocalDateTime::toLocalTime)
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(13, 0));
        assertThat(ServiceSlots.grid(service("x", ONLINE_CONSULTATION, "线上", 45), DAY))
                .hasSize(10).last().extracting(LocalDateTime::toLocalTime).isEqualTo(LocalTime.of(15, 45));
        assertThat(ServiceSlots.grid(service("x", ONLINE_CONSULTATION, "线上", 480), DAY)).hasSize(1);
        assertThat(ServiceSlots.grid(service("x", ONLINE_CONSULTATION, "线上", 30), DAY)).hasSize(16);
        assertThat(slots.isSlotStart(ESCORT, DAY.atTime(13, 0))).isTrue();
        assertThat(slots.isSlotStart(ESCORT, DAY.atTime(11, 0))).isFalse();
    }

    @Test
    void capacityIsTheNumberOfCertifiedActiveProvidersInTheCity() {
        providers.save(provider("p-2", "北京", COMPANION_ESCORT, BASIC));
        providers.save(provider("p-expired", "北京", COMPANION_ESCORT, STANDARD, 5.0, Instant.now().minusSeconds(60),
                true));
        providers.save(provider("p-inactive", "北京", COMPANION_ESCORT, STANDARD, 5.0, ProviderFixtures.NEXT_YEAR,
                false));
        providers.save(provider("p-tianjin", "天津", COMPANION_ESCORT, STANDARD));

        assertThat(slots.hold(ESCORT, DAY.atTime(9, 0), "ORD-1")).isTrue();

        assertThat(slots.day(ESCORT, DAY)).containsExactly(
                new ServiceSlots.Slot(DAY.atTime(9, 0), DAY.atTime(13, 0), 2, 1, true),
                new ServiceSlots.Slot(DAY.atTime(13, 0), DAY.atTime(17, 0), 2, 0, true));
    }

    @Test
    void aFullSlotTakesNoFurtherOrderButTheHolderAgain() {
        LocalDateTime nine = DAY.atTime(9, 0);

        assertThat(slots.hold(ESCORT, nine, "ORD-1")).isTrue();
        assertThat(slots.hold(ESCORT, nine, "ORD-1")).as("a redelivered reservation").isTrue();
        assertThat(slots.hold(ESCORT, nine, "ORD-2")).isFalse();
        assertThat(slots.day(ESCORT, DAY).get(0)).isEqualTo(
                new ServiceSlots.Slot(nine, DAY.atTime(13, 0), 1, 1, false));

        slots.release(ESCORT.id(), nine, "ORD-1");
        slots.release(ESCORT.id(), nine, "ORD-1");

        assertThat(slots.day(ESCORT, DAY).get(0).held()).isZero();
        assertThat(slots.hold(ESCORT, nine, "ORD-2")).isTrue();
    }

    @Test
    void moveHoldsTheNewSlotBeforeGivingBackTheOld() {
        LocalDateTime nine = DAY.atTime(9, 0);
        LocalDateTime one = DAY.atTime(13, 0);
        slots.hold(ESCORT, nine, "ORD-1");
        slots.hold(ESCORT, one, "ORD-2");

        assertThat(slots.move(ESCORT, nine, one, "ORD-1")).as("13:00 is full").isFalse();
        assertThat(slots.isHeld(ESCORT.id(), nine, "ORD-1")).isTrue();

        slots.releaseAll("ORD-2");
        assertThat(slots.move(ESCORT, nine, one, "ORD-1")).isTrue();
        assertThat(slots.isHeld(ESCORT.id(), nine, "ORD-1")).isFalse();
        assertThat(slots.isHeld(ESCORT.id(), one, "ORD-1")).isTrue();
        assertThat(slots.day(ESCORT, DAY)).extracting(ServiceSlots.Slot::held).containsExactly(0, 1);
    }

    @Test
    void aTimeOffTheGridIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> slots.hold(ESCORT, DAY.atTime(10, 0), "ORD-1"))
                .withMessage(DAY.atTime(10, 0) + " is not the start of a slot of service escort-test");
    }

    @Test
    void manyCustomersRacingForTheLastPlaceGetItOnce() throws Exception {
        LocalDateTime nine = DAY.atTime(9, 0);
        List<Boolean> held = race(24, i -> slots.hold(ESCORT, nine, "ORD-" + i));

        assertThat(held).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(slots.day(ESCORT, DAY).get(0).held()).isEqualTo(1);
    }

    @Test
    void aSlotForTwoProvidersTakesExactlyTwoOfManyRacingOrders() throws Exception {
        providers.save(provider("p-2", "北京", COMPANION_ESCORT, BASIC));
        LocalDateTime one = DAY.atTime(13, 0);
        List<Boolean> held = race(30, i -> slots.hold(ESCORT, one, "ORD-" + i));

        assertThat(held).filteredOn(Boolean::booleanValue).hasSize(2);
        assertThat(slots.day(ESCORT, DAY).get(1)).extracting(ServiceSlots.Slot::held, ServiceSlots.Slot::available)
                .containsExactly(2, false);
    }

    interface Attempt {
        boolean run(int i) throws Exception;
    }

    /** Runs the attempts on as many threads, released together. */
    static List<Boolean> race(int threads, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<Boolean> task = () -> {
                    start.await();
                    return attempt.run(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
