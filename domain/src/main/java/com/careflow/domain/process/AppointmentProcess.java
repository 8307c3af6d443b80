package com.careflow.domain.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Ids the appointment BPMN (processes/appointment.bpmn) and its workers agree on. The service order calls it once a
 * provider is assigned; it reminds the customer, follows reschedules and ends with {@code checkedIn} true, or false
 * when the provider did not check in within 15 minutes of the start. It runs under the order number as business key
 * (passed on by the calling service order); messages are correlated by it. JOB_* are external-task topics.
 * Behaviour: features/appointment.feature.
 */
public final class AppointmentProcess {

    public static final String PROCESS_ID = "appointment";

    /** Sent by the portal when the provider checks in; correlated by business key (the order number). */
    public static final String MESSAGE_PROVIDER_CHECKED_IN = "provider-checked-in";
    /**
     * Sent by the portal after the customer moved the appointment; carries the new {@code appointmentStart} and the
     * dates of {@link #timesOf} for it (the restarted timers read those).
     */
    public static final String MESSAGE_RESCHEDULED = "appointment-rescheduled";

    public static final String JOB_RECORD_NO_SHOW = "appointment.no-show";

    /** Extension property of a reminder task: how many hours before the start it goes. */
    public static final String HEADER_HOURS_BEFORE = "hoursBefore";
    public static final String TEMPLATE_REMINDER = "appointment-reminder";
    public static final String TEMPLATE_RESCHEDULED = "appointment-rescheduled";

    /** The start of the appointment (ISO-8601 text), set at placement and by every reschedule. */
    public static final String VAR_APPOINTMENT_START = "appointmentStart";
    /** When the day-before reminder goes (a date: the model's timer and its "still ahead?" gateway read it). */
    public static final String VAR_REMIND_DAY_BEFORE_AT = "remindDayBeforeAt";
    /** When the hour-before reminder goes. */
    public static final String VAR_REMIND_HOUR_BEFORE_AT = "remindHourBeforeAt";
    /** Until when the provider may check in before the no-show path starts. */
    public static final String VAR_CHECK_IN_DEADLINE = "checkInDeadline";

    static final Duration DAY_BEFORE = Duration.ofHours(24);
    static final Duration HOUR_BEFORE = Duration.ofHours(1);
    static final Duration CHECK_IN_GRACE = Duration.ofMinutes(15);

    /**
     * The variables the model's timers wait for, derived from the appointment's start. The engine's expression
     * language has no date arithmetic, so whoever sets {@code appointmentStart} adds these beside it.
     */
    public static Map<String, Object> timesOf(Instant appointmentStart) {
        return Map.of(VAR_APPOINTMENT_START, appointmentStart.toString(),
                VAR_REMIND_DAY_BEFORE_AT, Date.from(appointmentStart.minus(DAY_BEFORE)),
                VAR_REMIND_HOUR_BEFORE_AT, Date.from(appointmentStart.minus(HOUR_BEFORE)),
                VAR_CHECK_IN_DEADLINE, Date.from(appointmentStart.plus(CHECK_IN_GRACE)));
    }

    private AppointmentProcess() {
    }
}
