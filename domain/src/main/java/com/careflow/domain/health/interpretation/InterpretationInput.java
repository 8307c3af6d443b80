package com.careflow.domain.health.interpretation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an interpreter sees: a pseudonymous reference (never the customer's id, name, phone or email), the period,
 * the language to answer in ({@code zh} or {@code en}) and the measured values. Reading ids and notes are left out:
 * a note is free text and may hold a name or a phone number.
 */
public record InterpretationInput(String subject, int periodDays, Instant from, Instant to, String language,
        List<Sample> readings) {

    public InterpretationInput {
        readings = readings == null ? List.of() : List.copyOf(readings);
    }

    /**
     * One reading's values: {@code type} is a {@link com.careflow.domain.health.ReadingType} name,
     * {@code glucoseTiming} a {@link com.careflow.domain.health.GlucoseTiming} name; unused values are null.
     */
    public record Sample(String type, Instant takenAt, Integer systolic, Integer diastolic, Integer pulse,
            BigDecimal glucose, String glucoseTiming, BigDecimal weightKg, Integer heartRate) {
    }
}
