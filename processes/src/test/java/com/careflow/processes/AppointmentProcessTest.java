package com.careflow.processes;

import static com.careflow.domain.process.AppointmentProcess.MESSAGE_PROVIDER_CHECKED_IN;
import static com.careflow.domain.process.AppointmentProcess.MESSAGE_RESCHEDULED;
import static com.careflow.domain.process.AppointmentProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.careflow.domain.process.AppointmentProcess;

/** appointment.bpmn: reminders, reschedule and no-show, all timed by the engine clock. */
class AppointmentProcessTest extends ProcessTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    /**
     * The engine clock is pinned ten days in the past, the appointment two days after that (so eight days before
     * the real now): the 24 h reminder is only planned when the gateway's now() is the engine clock, not the
     * machine's.
     */
    @Test
    void remindsTheCustomer24HoursAnd1HourBeforeThenEndsCheckedIn() {
        Instant now = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.plus(Duration.ofDays(2));
        driver.pinClock(now);
        Scenario order = driver.scenario("ORD-APPT-1");
        String id = driver.start(PROCESS_ID, order, GrabOrderProcessTest.variables(order, start));

        driver.moveClockTo(start.minus(Duration.ofHours(24)).minus(SECOND));
        assertThat(order.jobs()).as("nothing before the 24 h reminder is due").isEmpty();
        driver.moveClockTo(start.minus(Duration.ofHours(24)).plus(SECOND));
        assertThat(order.jobs()).as("nothing before the 1 h reminder is due").containsExactly(
                "notify.customer[appointment-reminder]");
        driver.moveClockTo(start.minus(Duration.ofHours(1)).plus(SECOND));
        driver.send(MESSAGE_PROVIDER_CHECKED_IN, order.businessKey(), Map.of("checkedIn", true));

        assertThat(driver.endedAt(id)).isEqualTo("AppointmentSettled");
        assertThat(driver.variables(id)).containsEntry("checkedIn", true);
        assertThat(order.elements()).containsExactly("Remind24h", "Remind1h");
        assertThat(order.last("Remind24h").headers()).containsEntry(AppointmentProcess.HEADER_HOURS_BEFORE, "24")
                .containsEntry("template", AppointmentProcess.TEMPLATE_REMINDER);
        assertThat(order.last("Remind1h").header(AppointmentProcess.HEADER_HOURS_BEFORE)).isEqualTo("1");
        assertThat(driver.passed(order.businessKey())).contains("Wait24h", "Wait1h", "ProviderCheckedIn",
                "CheckedIn").doesNotContain("CheckInDeadline", "RecordNoShow");
    }

    @Test
    void withoutCheckInFifteenMinutesAfterTheStartRecordsANoShow() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.plus(Duration.ofMinutes(30)); // both reminders are already past: skipped
        driver.pinClock(now);
        Scenario order = driver.scenario("ORD-APPT-2");
        String id = driver.start(PROCESS_ID, order, GrabOrderProcessTest.variables(order, start));

        driver.moveClockTo(start.plus(Duration.ofMinutes(15)).minus(SECOND));
        assertThat(driver.finished(id)).as("the provider may still check in").isNull();
        driver.moveClockTo(start.plus(Duration.ofMinutes(15)).plus(SECOND));

        assertThat(driver.endedAt(id)).isEqualTo("AppointmentSettled");
        assertThat(driver.variables(id)).containsEntry("checkedIn", false);
        assertThat(order.jobs()).containsExactly("appointment.no-show");
        assertThat(driver.passed(order.businessKey())).contains("DayAhead", "HourAhead", "CheckInDeadline",
                "NoShow").doesNotContain("Wait24h", "Wait1h");
    }

    @Test
    void aRescheduleRestartsTheRemindersWithTheNewStart() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.plus(Duration.ofDays(2));
        Instant moved = start.plus(Duration.ofDays(3));
        driver.pinClock(now);
        Scenario order = driver.scenario("ORD-APPT-3");
        String id = driver.start(PROCESS_ID, order, GrabOrderProcessTest.variables(order, start));
        driver.moveClockTo(start.minus(Duration.ofHours(24)).plus(SECOND));

        driver.send(MESSAGE_RESCHEDULED, order.businessKey(), AppointmentProcess.timesOf(moved));
        // the old start's 1 h reminder and check-in deadline went with the interrupted timers: passing them is quiet
        driver.moveClockTo(moved.minus(Duration.ofHours(24)).plus(SECOND));
        assertThat(order.elements()).containsExactly("Remind24h", "TellRescheduled", "Remind24h");
        driver.moveClockTo(moved.minus(Duration.ofHours(1)).plus(SECOND));
        driver.send(MESSAGE_PROVIDER_CHECKED_IN, order.businessKey(), Map.of("checkedIn", true));

        assertThat(driver.endedAt(id)).isEqualTo("AppointmentSettled");
        assertThat(driver.variables(id)).containsEntry("checkedIn", true)
                .containsEntry("appointmentStart", moved.toString());
        assertThat(order.jobs()).containsExactly("notify.customer[appointment-reminder]",
                "notify.customer[appointment-rescheduled]", "notify.customer[appointment-reminder]",
                "notify.customer[appointment-reminder]");
        assertThat(driver.passed(order.businessKey())).contains("Rescheduled").doesNotContain("RecordNoShow");
    }
}
