package com.careflow.app.features;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;


import io.cucumber.spring.ScenarioScope;

/** The orders a scenario is about, shared by its step classes; the last one placed is "the order". */
@ScenarioScope
public class CurrentOrder {

    private final List<String> numbers = new ArrayList<>();
    private LocalDateTime appointmentStart;

    void placed(String orderNumber, LocalDateTime start) {
        numbers.add(orderNumber);
        appointmentStart = start;
    }

    String number() {
        if (numbers.isEmpty()) {
            throw new IllegalStateException("no order was placed in this scenario yet");
        }
        return numbers.getLast();
    }

    List<String> all() {
        return List.copyOf(numbers);
    }

    /** When the order's appointment starts, as booked (a reschedule step updates it). */
    LocalDateTime appointmentStart() {
        return appointmentStart;
    }

    void rescheduledTo(LocalDateTime start) {
        appointmentStart = start;
    }
}
