package com.careflow.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.assign.Variables.NoShowResult;
import com.careflow.assign.Variables.ProviderInput;
import com.careflow.assign.Variables.ReplaceResult;
import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.order.OrderEvent;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.worker.TaskFailure;


@AssignWorkerTest
class AppointmentWorkerTest {

    @Autowired
    AppointmentWorker worker;
    @Autowired
    OfferDesk desk;
    @Autowired
    Orders orders;
    @Autowired
    ProviderCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void confirmedWithBj1() {
        fixtures.reset();
        ServiceOrder order = fixtures.paidOrder("ORD-1", Fixtures.NINE);
        desk.open(order);
        desk.grab("ORD-1", "bj-1");
        order.assignProvider("bj-1", "名bj-1", "order-worker", clock);
        orders.save(order);
    }

    @Test
    void aNoShowIsRecordedOnceOnTheTimeline() {
        NoShowResult first = worker.recordNoShow(new ProviderInput("ORD-1", "bj-1"));
        worker.recordNoShow(new ProviderInput("ORD-1", "bj-1"));

        assertThat(first.checkedIn()).isFalse();
        ServiceOrder order = orders.findById("ORD-1").orElseThrow();
        assertThat(order.getTimeline()).hasSize(4).last().extracting(OrderEvent::actor).isEqualTo("assign-worker");
    }

    @Test
    void theBestRatedFreeProviderReplacesTheNoShowLater() {
        Map<String, Object> replaced = worker.replaceProvider(new ProviderInput("ORD-1", "bj-1"));
        Map<String, Object> redelivered = worker.replaceProvider(new ProviderInput("ORD-1", "bj-1"));

        // bj-basic (4.9) is rated above bj-2 (4.2) and tj-1 (4.0); round 2 takes any level
        LocalDateTime start = AppointmentTimes.parse((String) replaced.get("appointmentStart"));
        assertThat(replaced).containsEntry("replacementFound", true).containsEntry("providerId", "bj-basic");
        assertThat(redelivered).isEqualTo(replaced);
        Instant startsAt = start.atZone(AppointmentTimes.ZONE).toInstant();
        assertThat(replaced).as("the appointment's timers restart for the new time")
                .containsEntry("remindHourBeforeAt", Date.from(startsAt.minus(Duration.ofHours(1))))
                .containsEntry("checkInDeadline", Date.from(startsAt.plus(Duration.ofMinutes(15))));
        assertThat(start.getMinute() % 30).isZero();
        assertThat(Duration.between(LocalDateTime.now(AppointmentTimes.ZONE), start))
                .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(91));
        ServiceOrder order = orders.findById("ORD-1").orElseThrow();
        assertThat(order.getProviderId()).isEqualTo("bj-basic");
        assertThat(order.getProviderName()).isEqualTo("名bj-basic");
        assertThat(order.getScheduledAt()).isEqualTo(start);
        assertThat(calendar.isFree("bj-1", Fixtures.NINE, 240)).isTrue();
        assertThat(calendar.isFree("bj-basic", start, 240)).isFalse();
    }

    @Test
    void withNobodyFreeTheOrderStaysAsItIs() {
        for (String other : new String[] {"bj-2", "bj-basic", "tj-1"}) {
            calendar.book(other, "ORD-OTHER", LocalDateTime.now(AppointmentTimes.ZONE), 24 * 60);
        }

        ReplaceResult result = worker.replace(new ProviderInput("ORD-1", "bj-1"));

        assertThat(result).isEqualTo(new ReplaceResult(false, "bj-1", AppointmentTimes.iso(Fixtures.NINE)));
        assertThat(orders.findById("ORD-1").orElseThrow().getProviderId()).isEqualTo("bj-1");
    }

    @Test
    void replacingSomeoneWhoIsNotTheProviderRaisesAnIncident() {
        TaskFailure error = catchThrowableOfType(TaskFailure.class,
                () -> worker.replaceProvider(new ProviderInput("ORD-1", "bj-2")));

        assertThat(error.getMessage()).startsWith("Cannot replace provider bj-2 of order ORD-1: order ORD-1 is "
                + "not assigned to bj-2");
        assertThat(error.retryable()).isFalse();
    }

    @Test
    void theReplacementStartsAfterTheDelayOnTheNextHalfHour() {
        AssignmentProperties properties = new AssignmentProperties(Duration.ofMinutes(10), Duration.ofHours(1),
                Duration.ofSeconds(1));

        assertThat(at("2026-11-23T01:10:00Z", properties).replacementStart())
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 30));
        assertThat(at("2026-11-23T01:30:00Z", properties).replacementStart())
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 30));
        assertThat(at("2026-11-23T01:30:01Z", properties).replacementStart())
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 0));
    }

    private static AppointmentWorker at(String instant, AssignmentProperties properties) {
        return new AppointmentWorker(null, null, null, null, properties,
                Clock.fixed(Instant.parse(instant), AppointmentTimes.ZONE), null);
    }
}
