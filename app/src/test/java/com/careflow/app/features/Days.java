package com.careflow.app.features;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cucumber.java.ParameterType;

/** Days as scenarios say them, counted from today in the platform's zone (real time, before any clock move). */
public class Days {

    private static final Pattern IN_DAYS = Pattern.compile("(\\d+) days from now");

    @ParameterType("the day after tomorrow|\\d+ days from now")
    public LocalDate day(String phrase) {
        LocalDate today = LocalDate.now(com.careflow.domain.appointment.AppointmentTimes.ZONE);
        if ("the day after tomorrow".equals(phrase)) {
            return today.plusDays(2);
        }
        Matcher days = IN_DAYS.matcher(phrase);
        if (!days.matches()) {
            throw new IllegalArgumentException(phrase);
        }
        return today.plusDays(Integer.parseInt(days.group(1)));
    }

    @ParameterType("\\d{2}:\\d{2}")
    public LocalTime time(String text) {
        return LocalTime.parse(text);
    }

    static LocalDateTime at(LocalDate day, LocalTime time) {
        return LocalDateTime.of(day, time);
    }
}
