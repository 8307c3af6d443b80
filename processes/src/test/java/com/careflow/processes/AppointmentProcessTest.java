package com.careflow.processes;

import static com.careflow.domain.process.AppointmentProcess.MESSAGE_PROVIDER_CHECKED_IN;
import static com.careflow.domain.process.AppointmentProcess.MESSAGE_RESCHEDULED;
import static com.careflow.domain.process.AppointmentProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ProcessInstanceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** appointment.bpmn on a real broker: reminders, reschedule and no-show, all timed by the engine clock. */
class AppointmentProcessTest {

    @RegisterExtension
    static final ProcessTestBroker broker = new ProcessTestBroker(26920);

    private static final Duration SECOND = Duration.ofSeconds(1);

    /**
     * The engine clock is pinned ten days in the past, the appointment two days after that (so eight days before
     * the real now): the 24 h reminder is only planned when the gateway's FEEL now() is the engine clock, not the
     * machine's.
     */
    @Test
    void remindsTheCustomer24HoursAnd1HourBeforeThenEndsCheckedIn() {
        Instant now = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.plus(Duration.ofDays(2));
        broker.pinClock(now);
        Scenario order = broker.scenario("ORD-APPT-1");
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, variables(order, start));

        broker.moveClockUntilJob(start.minus(Duration.ofHours(24)).plus(SECOND), order, "Remind24h", 1);
        assertThat(order.jobs()).as("nothing before the 1 h reminder is due").containsExactly(
                "notify.customer[appointment-reminder]");
        broker.moveClockUntilJob(start.minus(Duration.ofHours(1)).plus(SECOND), order, "Remind1h", 1);
        broker.publish(MESSAGE_PROVIDER_CHECKED_IN, order.orderNumber(), Map.of("checkedIn", true));

        assertThat(done.join().getVariablesAsMap()).containsEntry("checkedIn", true);
        assertThat(order.elements()).containsExactly("Remind24h", "Remind1h");
        assertThat(order.last("Remind24h").header("hoursBefore")).isEqualTo("24");
        assertThat(order.last("Remind1h").header("hoursBefore")).isEqualTo("1");
    }

    @Test
    void withoutCheckInFifteenMinutesAfterTheStartRecordsANoShow() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.plus(Duration.ofMinutes(30)); // both reminders are already past: skipped
        broker.pinClock(now);
        Scenario order = broker.scenario("ORD-APPT-2");
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, variables(order, start));

        broker.moveClockUntilJob(start.plus(Duration.ofMinutes(15)).plus(SECOND), order, "RecordNoShow", 1);

        assertThat(done.join().getVariablesAsMap()).containsEntry("checkedIn", false);
        assertThat(order.jobs()).containsExactly("appointment.no-show");
    }

    @Test
    void aRescheduleRestartsTheRemindersWithTheNewStart() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.plus(Duration.ofDays(2));
        Instant moved = start.plus(Duration.ofDays(3));
        broker.pinClock(now);
        Scenario order = broker.scenario("ORD-APPT-3");
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, variables(order, start));
        broker.moveClockUntilJob(start.minus(Duration.ofHours(24)).plus(SECOND), order, "Remind24h", 1);

        broker.publish(MESSAGE_RESCHEDULED, order.orderNumber(), Map.of("appointmentStart",
                ProcessTestBroker.iso(moved)));
        broker.awaitJob(order, "TellRescheduled");
        // the old start's 1 h reminder and check-in deadline are gone with the interrupted timers
        broker.moveClockUntilJob(moved.minus(Duration.ofHours(24)).plus(SECOND), order, "Remind24h", 2);
        assertThat(order.elements()).containsExactly("Remind24h", "TellRescheduled", "Remind24h");
        broker.moveClockUntilJob(moved.minus(Duration.ofHours(1)).plus(SECOND), order, "Remind1h", 1);
        broker.publish(MESSAGE_PROVIDER_CHECKED_IN, order.orderNumber(), Map.of("checkedIn", true));

        assertThat(done.join().getVariablesAsMap()).containsEntry("checkedIn", true)
                .containsEntry("appointmentStart", ProcessTestBroker.iso(moved));
        assertThat(order.jobs()).containsExactly("notify.customer[appointment-reminder]",
                "notify.customer[appointment-rescheduled]", "notify.customer[appointment-reminder]",
                "notify.customer[appointment-reminder]");
    }

    static Map<String, Object> variables(Scenario order, Instant start) {
        Map<String, Object> variables = GrabOrderProcessTest.variables(order);
        variables.put("appointmentStart", ProcessTestBroker.iso(start));
        return variables;
    }
}
