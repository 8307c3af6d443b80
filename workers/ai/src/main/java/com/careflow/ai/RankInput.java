package com.careflow.ai;

import java.time.LocalDateTime;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.catalog.ServiceCategory;

/** The process variables the ranking task reads, by name. */
public record RankInput(String orderNumber, String serviceId, String category, String city, Integer durationMinutes,
        String appointmentStart) {

    ServiceCategory serviceCategory() {
        try {
            return ServiceCategory.valueOf(required("category", category));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("variable category is not a service category: " + category);
        }
    }

    String requiredCity() {
        return required("city", city);
    }

    int minutes() {
        if (durationMinutes == null || durationMinutes <= 0) {
            throw new IllegalArgumentException("variable durationMinutes must be positive, was " + durationMinutes);
        }
        return durationMinutes;
    }

    LocalDateTime start() {
        return AppointmentTimes.parse(appointmentStart);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("variable " + name + " is missing");
        }
        return value;
    }
}
