package com.careflow.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.assign.Variables.AutoInput;
import com.careflow.assign.Variables.AutoResult;
import com.careflow.assign.Variables.OfferResult;
import com.careflow.assign.Variables.OrderRef;
import com.careflow.assign.Variables.RoundInput;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.assignment.GrabOutcome;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.assignment.OfferStatus;
import com.careflow.domain.assignment.Offers;
import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.NotificationStatus;
import com.careflow.domain.notification.Notifications;
import com.careflow.worker.TaskFailure;


@AssignWorkerTest
class OfferWorkerTest {

    @Autowired
    OfferWorker worker;
    @Autowired
    OfferDesk desk;
    @Autowired
    Offers offers;
    @Autowired
    Notifications notifications;
    @Autowired
    ProviderCalendar calendar;
    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void paidOrder() {
        fixtures.reset();
        fixtures.paidOrder("ORD-1", Fixtures.NINE);
    }

    @Test
    void openingTellsRoundOneProvidersOnce() {
        OfferResult opened = worker.openOffer(new OrderRef("ORD-1"));
        OfferResult again = worker.openOffer(new OrderRef("ORD-1"));

        assertThat(opened).isEqualTo(new OfferResult("PT7M", 1, "OPEN", null));
        assertThat(again).isEqualTo(opened);
        assertThat(notifications.findAll()).extracting(Notification::getId).containsExactlyInAnyOrder(
                "offer:ORD-1:1:bj-1", "offer:ORD-1:1:bj-2");
        Notification told = notifications.findById("offer:ORD-1:1:bj-1").orElseThrow();
        assertThat(told.getChannel()).isEqualTo(NotificationChannel.IN_APP);
        assertThat(told.getRecipientId()).isEqualTo("bj-1");
        assertThat(told.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(told.getSubject()).isEqualTo("新订单可抢：半日陪诊（北京）");
        assertThat(told.getBody()).contains("北京", "¥199.00", "09:00");
    }

    @Test
    void anUnwatchedRoundWidensOnceThenEscalates() {
        worker.openOffer(new OrderRef("ORD-1"));

        OfferResult widened = worker.expireRound(new RoundInput("ORD-1", 1));
        OfferResult redelivered = worker.expireRound(new RoundInput("ORD-1", 1));

        assertThat(widened).isEqualTo(new OfferResult("PT7M", 2, "WIDENED", null));
        assertThat(redelivered).isEqualTo(widened);
        assertThat(notifications.findAll()).extracting(Notification::getId).containsExactlyInAnyOrder(
                "offer:ORD-1:1:bj-1", "offer:ORD-1:1:bj-2", "offer:ORD-1:2:bj-basic", "offer:ORD-1:2:tj-1");

        OfferResult exhausted = worker.expireRound(new RoundInput("ORD-1", 2));

        assertThat(exhausted).isEqualTo(new OfferResult("PT7M", 2, "EXHAUSTED", null));
        assertThat(offers.findById("ORD-1").orElseThrow().getStatus()).isEqualTo(OfferStatus.ESCALATED);
    }

    @Test
    void aGrabBeforeTheTimerMakesTheRoundTaken() {
        worker.openOffer(new OrderRef("ORD-1"));
        assertThat(desk.grab("ORD-1", "bj-2")).isEqualTo(GrabOutcome.WON);

        assertThat(worker.expireRound(new RoundInput("ORD-1", 1)))
                .isEqualTo(new OfferResult("PT7M", 1, "TAKEN", "bj-2"));
        assertThat(worker.openOffer(new OrderRef("ORD-1"))).isEqualTo(new OfferResult("PT7M", 1, "TAKEN", "bj-2"));
    }

    @Test
    void autoAssignmentTakesTheFirstFreeRankedProviderOrNobody() {
        worker.openOffer(new OrderRef("ORD-1"));
        worker.expireRound(new RoundInput("ORD-1", 1));
        worker.expireRound(new RoundInput("ORD-1", 2));
        calendar.book("bj-basic", "ORD-OTHER", Fixtures.NINE, 60);

        AutoResult assigned = worker.autoAssign(new AutoInput("ORD-1", List.of("bj-basic", "tj-1", "bj-1")));

        assertThat(assigned).isEqualTo(new AutoResult("tj-1", "AUTO"));
        assertThat(worker.autoAssign(new AutoInput("ORD-1", List.of("bj-1")))).isEqualTo(assigned);

        fixtures.paidOrder("ORD-2", Fixtures.NINE);
        worker.openOffer(new OrderRef("ORD-2"));
        assertThat(worker.autoAssign(new AutoInput("ORD-2", null))).isEqualTo(new AutoResult(null, "AUTO"));
        assertThat(offers.findById("ORD-2").orElseThrow().getStatus()).isEqualTo(OfferStatus.UNASSIGNED);
    }

    @Test
    void aGrabThatWonBeforeTheAutoAssignmentStands() {
        worker.openOffer(new OrderRef("ORD-1"));
        desk.grab("ORD-1", "bj-1");

        assertThat(worker.autoAssign(new AutoInput("ORD-1", List.of("bj-2"))))
                .isEqualTo(new AutoResult("bj-1", "GRAB"));
    }

    @Test
    void withdrawingFreesTheWinner() {
        worker.openOffer(new OrderRef("ORD-1"));
        desk.grab("ORD-1", "bj-1");

        worker.withdrawOffer(new OrderRef("ORD-1"));
        worker.withdrawOffer(new OrderRef("ORD-1"));

        assertThat(offers.findById("ORD-1").orElseThrow().getStatus()).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(calendar.isFree("bj-1", Fixtures.NINE, 240)).isTrue();
    }

    @Test
    void missingOrdersAndRoundsRaiseAnIncidentAtOnce() {
        TaskFailure noOrder = catchThrowableOfType(TaskFailure.class, () -> worker.openOffer(new OrderRef("ORD-404")));
        TaskFailure noRound = catchThrowableOfType(TaskFailure.class,
                () -> worker.expireRound(new RoundInput("ORD-1", null)));
        TaskFailure noOffer = catchThrowableOfType(TaskFailure.class,
                () -> worker.expireRound(new RoundInput("ORD-404", 2)));

        assertThat(noOrder.getMessage()).isEqualTo("Cannot open the offer of order ORD-404: order ORD-404 does "
                + "not exist");
        assertThat(noRound.getMessage()).isEqualTo("Cannot close round null of the offer of order ORD-1: "
                + "variable offerRound must be 1 or 2, was null");
        assertThat(noOffer.getMessage()).isEqualTo("Cannot close round 2 of the offer of order ORD-404: "
                + "order ORD-404 has no offer");
        assertThat(List.of(noOrder.retryable(), noRound.retryable(), noOffer.retryable())).containsOnly(false);
    }
}
