package com.careflow.domain.process;

import java.math.BigDecimal;

/**
 * Variables a service-order instance starts with. {@code appointmentStart} is an ISO-8601 date-time with the
 * platform's offset (FEEL reads it with {@code date and time(appointmentStart)}); the called grab-order and
 * appointment processes read the same variables.
 */
public record OrderPlaced(String orderNumber, BigDecimal amount, String customerId, String serviceId,
        String category, String city, int durationMinutes, String appointmentStart) {
}
