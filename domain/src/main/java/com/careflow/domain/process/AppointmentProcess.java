package com.careflow.domain.process;

/**
 * Ids the appointment BPMN (processes/appointment.bpmn) and its workers agree on. The service order calls it once a
 * provider is assigned; it reminds the customer, follows reschedules and ends with {@code checkedIn} true, or false
 * when the provider did not check in within 15 minutes of the start. Behaviour: features/appointment.feature.
 */
public final class AppointmentProcess {

    public static final String PROCESS_ID = "appointment";

    /** Published by the portal when the provider checks in; correlated by order number. */
    public static final String MESSAGE_PROVIDER_CHECKED_IN = "provider-checked-in";
    /** Published by the portal after the customer moved the appointment; carries the new {@code appointmentStart}. */
    public static final String MESSAGE_RESCHEDULED = "appointment-rescheduled";

    public static final String JOB_RECORD_NO_SHOW = "appointment.no-show";

    /** Task header of a reminder: how many hours before the start it goes. */
    public static final String HEADER_HOURS_BEFORE = "hoursBefore";
    public static final String TEMPLATE_REMINDER = "appointment-reminder";
    public static final String TEMPLATE_RESCHEDULED = "appointment-rescheduled";

    private AppointmentProcess() {
    }
}
