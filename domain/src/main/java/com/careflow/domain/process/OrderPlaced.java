package com.careflow.domain.process;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Variables a service-order instance starts with. {@code appointmentStart} is an ISO-8601 date-time with the
 * platform's offset; the appointment's timers read the dates {@link AppointmentProcess#timesOf} derives from it,
 * which the starter adds beside these. The called grab-order and appointment processes read the same variables.
 * The engine has no decimal variable type (it would store a BigDecimal as a Java-serialized object, which an
 * external task fetch does not deserialize): as a process variable {@code amount} is a double or text.
 * {@code paymentDeadline} (the order's payment due time, a date as a variable) is what the payment timer waits for.
 */
public record OrderPlaced(String orderNumber, BigDecimal amount, String customerId, String serviceId,
        String category, String city, int durationMinutes, String appointmentStart, Instant paymentDeadline) {
}
