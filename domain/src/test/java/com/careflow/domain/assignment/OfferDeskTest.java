package com.careflow.domain.assignment;

import static com.careflow.domain.catalog.ServiceCategory.COMPANION_ESCORT;
import static com.careflow.domain.provider.CertificationLevel.BASIC;
import static com.careflow.domain.provider.CertificationLevel.STANDARD;
import static com.careflow.domain.provider.ProviderFixtures.provider;
import static com.careflow.domain.provider.ProviderFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.DomainMongoTest;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.provider.ProviderFixtures;
import com.careflow.domain.provider.Providers;

@DomainMongoTest
class OfferDeskTest {

    private static final LocalDateTime START = LocalDateTime.now(AppointmentTimes.ZONE).plusDays(2)
            .withHour(9).withMinute(0).withSecond(0).withNano(0);
    private static final ServiceItem ESCORT = service("escort-test", COMPANION_ESCORT, "北京", 240);

    @Autowired
    OfferDesk desk;
    @Autowired
    Offers offers;
    @Autowired
    Providers providers;
    @Autowired
    ServiceItems services;
    @Autowired
    ProviderCalendar calendar;
    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void beijingEscorts() {
        ProviderFixtures.clear(mongo);
        services.save(ESCORT);
        providers.save(provider("bj-1", "北京", COMPANION_ESCORT, STANDARD));
        providers.save(provider("bj-2", "北京", COMPANION_ESCORT, STANDARD));
        providers.save(provider("bj-basic", "北京", COMPANION_ESCORT, BASIC));
        providers.save(provider("tj-1", "天津", COMPANION_ESCORT, STANDARD));
    }

    @Test
    void openingOffersRoundOneOnceFromTheOrder() {
        Offer offer = desk.open(TestOrders.order("ORD-1", ESCORT, START), Duration.ofMinutes(5));
        Offer again = desk.open(TestOrders.order("ORD-1", ESCORT, START.plusHours(4)));

        assertThat(offer.getStatus()).isEqualTo(OfferStatus.OPEN);
        assertThat(offer.getRound()).isEqualTo(1);
        assertThat(offer.getEligibleProviderIds()).containsExactlyInAnyOrder("bj-1", "bj-2");
        assertThat(offer.getCategory()).isEqualTo(COMPANION_ESCORT);
        assertThat(offer.getDurationMinutes()).isEqualTo(240);
        assertThat(offer.getAmount()).isEqualByComparingTo("199.00");
        assertThat(Duration.between(offer.getOpenedAt(), offer.getRoundEndsAt())).isEqualTo(Duration.ofMinutes(5));
        assertThat(again.getAppointmentStart()).as("the first opening stands").isEqualTo(START);
        assertThat(offers.count()).isEqualTo(1);
        assertThat(offers.findOpenFor("bj-2")).extracting(Offer::getOrderNumber).containsExactly("ORD-1");
        assertThat(offers.findOpenFor("bj-basic")).isEmpty();
    }

    @Test
    void theFirstGrabWinsAndEveryLaterOneIsTold() {
        desk.open(TestOrders.order("ORD-1", ESCORT, START));

        assertThat(desk.grab("ORD-1", "bj-basic")).isEqualTo(GrabOutcome.NOT_ELIGIBLE);
        assertThat(desk.grab("ORD-1", "bj-2")).isEqualTo(GrabOutcome.WON);
        assertThat(desk.grab("ORD-1", "bj-2")).as("a repeated grab").isEqualTo(GrabOutcome.WON);
        assertThat(desk.grab("ORD-1", "bj-1")).isEqualTo(GrabOutcome.ALREADY_TAKEN);
        assertThat(desk.grab("ORD-404", "bj-1")).isEqualTo(GrabOutcome.NOT_OPEN);

        Offer taken = offers.findById("ORD-1").orElseThrow();
        assertThat(taken.getStatus()).isEqualTo(OfferStatus.TAKEN);
        assertThat(taken.getWinnerId()).isEqualTo("bj-2");
        assertThat(taken.getWinnerName()).isEqualTo("测试bj-2");
        assertThat(taken.getAssignedBy()).isEqualTo(AssignedBy.GRAB);
        assertThat(taken.getTakenAt()).isNotNull();
        assertThat(calendar.isFree("bj-2", START, 240)).isFalse();
        assertThat(calendar.isFree("bj-1", START, 240)).isTrue();
        assertThat(offers.findOpenFor("bj-1")).isEmpty();
    }

    @Test
    void aProviderBookedElsewhereAtThatTimeIsBusy() {
        desk.open(TestOrders.order("ORD-1", ESCORT, START));
        desk.open(TestOrders.order("ORD-2", ESCORT, START.plusHours(2)));

        assertThat(desk.grab("ORD-1", "bj-1")).isEqualTo(GrabOutcome.WON);
        assertThat(desk.grab("ORD-2", "bj-1")).isEqualTo(GrabOutcome.PROVIDER_BUSY);
        assertThat(desk.grab("ORD-2", "bj-2")).isEqualTo(GrabOutcome.WON);
    }

    @Test
    void wideningReachesNeighboursAndLowerLevelsOnce() {
        desk.open(TestOrders.order("ORD-1", ESCORT, START));

        Offer widened = desk.widen("ORD-1", Duration.ofMinutes(10));
        Offer again = desk.widen("ORD-1", Duration.ofMinutes(10));

        assertThat(widened.getRound()).isEqualTo(2);
        assertThat(widened.getEligibleProviderIds()).containsExactlyInAnyOrder("bj-1", "bj-2", "bj-basic", "tj-1");
        assertThat(again.getRoundEndsAt()).isEqualTo(widened.getRoundEndsAt());
        assertThat(desk.grab("ORD-1", "tj-1")).isEqualTo(GrabOutcome.WON);
        assertThat(desk.widen("ORD-1", Duration.ofMinutes(10)).getStatus()).isEqualTo(OfferStatus.TAKEN);
    }

    @Test
    void anEscalatedOfferCanStillBeGrabbed() {
        desk.open(TestOrders.order("ORD-1", ESCORT, START));

        Offer escalated = desk.escalate("ORD-1");

        assertThat(escalated.getStatus()).isEqualTo(OfferStatus.ESCALATED);
        assertThat(escalated.getAlertedAt()).isNotNull();
        assertThat(desk.grab("ORD-1", "bj-1")).isEqualTo(GrabOutcome.WON);
        assertThat(desk.escalate("ORD-1").getStatus()).isEqualTo(OfferStatus.TAKEN);
    }

    @Test
    void autoAssignmentTakesTheFirstFreeRankedProvider() {
        desk.open(TestOrders.order("ORD-1", ESCORT, START));
        calendar.book("bj-1", "ORD-ELSEWHERE", START, 30);

        assertThat(desk.autoAssign("ORD-1", List.of("bj-1", "bj-2"))).contains("bj-2");
        assertThat(desk.autoAssign("ORD-1", List.of("bj-1", "tj-1"))).as("repeated").contains("bj-2");
        assertThat(offers.findById("ORD-1").orElseThrow().getAssignedBy()).isEqualTo(AssignedBy.AUTO);
        assertThat(calendar.isFree("tj-1", START, 240)).isTrue();
    }

    @Test
    void autoAssignmentLeavesAGrabbedOfferToItsWinner() {
        desk.open(TestOrders.order("ORD-1", ESCORT, START));
        desk.grab("ORD-1", "bj-1");

        assertThat(desk.autoAssign("ORD-1", List.of("bj-2"))).contains("bj-1");
        assertThat(offers.findById("ORD-1").orElseThrow().getAssignedBy()).isEqualTo(AssignedBy.GRAB);
        assertThat(calendar.isFree("bj-2", START, 240)).isTrue();
    }

    @Test
    void nobodyFreeLeavesTheOfferUnassigned() {
        desk.open(TestOrders.order("ORD-1", ESCORT, START));
        calendar.book("bj-1", "ORD-ELSEWHERE", START, 30);

        assertThat(desk.autoAssign("ORD-1", List.of("bj-1"))).isEmpty();
        assertThat(offers.findById("ORD-1").orElseThrow().getStatus()).isEqualTo(OfferStatus.UNASSIGNED);
        assertThat(desk.grab("ORD-1", "bj-2")).isEqualTo(GrabOutcome.NOT_OPEN);
    }

    @Test
    void withdrawingClosesTheOfferAndFreesTheWinner() {
        desk.open(TestOrders.order("ORD-1", ESCORT, START));
        desk.grab("ORD-1", "bj-1");

        desk.withdraw("ORD-1");
        desk.withdraw("ORD-1");
        desk.withdraw("ORD-NONE");

        assertThat(offers.findById("ORD-1").orElseThrow().getStatus()).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(calendar.isFree("bj-1", START, 240)).isTrue();
        assertThat(desk.grab("ORD-1", "bj-2")).isEqualTo(GrabOutcome.NOT_OPEN);
    }

    @Test
    void aNoShowIsReplacedByTheBestRatedFreeProviderOnce() {
        providers.save(provider("tj-top", "天津", COMPANION_ESCORT, BASIC, 4.9, ProviderFixtures.NEXT_YEAR, true));
        desk.open(TestOrders.order("ORD-1", ESCORT, START));
        desk.grab("ORD-1", "bj-1");
        LocalDateTime later = START.plusHours(1);

        Offer replaced = desk.replace("ORD-1", "bj-1", later).orElseThrow();
        Offer again = desk.replace("ORD-1", "bj-1", later.plusMinutes(30)).orElseThrow();

        assertThat(replaced.getWinnerId()).isEqualTo("tj-top");
        assertThat(replaced.getAssignedBy()).isEqualTo(AssignedBy.AUTO);
        assertThat(replaced.getAppointmentStart()).isEqualTo(later);
        assertThat(replaced.getReplacedProviderIds()).containsExactly("bj-1");
        assertThat(again.getAppointmentStart()).isEqualTo(later);
        assertThat(calendar.isFree("bj-1", START, 240)).isTrue();
        assertThat(calendar.isFree("tj-top", later, 240)).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> desk.replace("ORD-1", "bj-2", later))
                .withMessageContaining("is not assigned to bj-2");
    }

    @Test
    void aNoShowWithNobodyFreeStays() {
        desk.open(TestOrders.order("ORD-1", ESCORT, START));
        desk.grab("ORD-1", "bj-1");
        for (String other : List.of("bj-2", "bj-basic", "tj-1")) {
            calendar.book(other, "ORD-ELSEWHERE", START.plusHours(1), 240);
        }

        assertThat(desk.replace("ORD-1", "bj-1", START.plusHours(1))).isEmpty();
        assertThat(offers.findById("ORD-1").orElseThrow().getWinnerId()).isEqualTo("bj-1");
    }
}
