package com.careflow.ai.health;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.careflow.domain.health.interpretation.InterpretationInput;
import com.careflow.domain.health.interpretation.InterpretationInput.Sample;

/** Interpreter inputs for the tests: a period ending at {@link #END}, readings a day apart. */
final class Samples {

    static final Instant END = Instant.parse("2026-11-30T12:00:00Z");

    private Samples() {
    }

    static InterpretationInput input(String language, int days, List<Sample> readings) {
        return new InterpretationInput("subject-test", days, END.minus(Duration.ofDays(days)), END, language,
                readings);
    }

    static Sample pressure(int daysAgo, int systolic, int diastolic) {
        return new Sample("BLOOD_PRESSURE", END.minus(Duration.ofDays(daysAgo)), systolic, diastolic, 72, null, null,
                null, null);
    }

    static Sample glucose(int daysAgo, String value, String timing) {
        return new Sample("BLOOD_GLUCOSE", END.minus(Duration.ofDays(daysAgo)), null, null, null,
                new BigDecimal(value), timing, null, null);
    }

    static Sample weight(int daysAgo, String kg) {
        return new Sample("WEIGHT", END.minus(Duration.ofDays(daysAgo)), null, null, null, null, null,
                new BigDecimal(kg), null);
    }

    static Sample heartRate(int daysAgo, int bpm) {
        return new Sample("HEART_RATE", END.minus(Duration.ofDays(daysAgo)), null, null, null, null, null, null,
                bpm);
    }

    /** Periods that reach every rule: normal, raised, crisis, low and high glucose, weight, heart rate, none. */
    static List<InterpretationInput> variety(String language) {
        List<InterpretationInput> inputs = new ArrayList<>();
        inputs.add(input(language, 7, List.of()));
        inputs.add(input(language, 7, List.of(pressure(6, 118, 76), pressure(3, 116, 75), pressure(1, 119, 78))));
        List<Sample> mixed = new ArrayList<>();
        for (int day = 29; day >= 0; day--) {
            mixed.add(pressure(day, 132 + day % 5, 84 + day % 3));
            mixed.add(glucose(day, day % 7 == 0 ? "3.6" : "7.4", day % 2 == 0 ? "FASTING" : "AFTER_MEAL"));
            mixed.add(weight(day, String.valueOf(70 + (30 - day) * 0.1)));
            mixed.add(heartRate(day, 58 + day % 50));
        }
        mixed.add(pressure(2, 186, 124));
        inputs.add(input(language, 30, mixed));
        inputs.add(input(language, 90, List.of(glucose(80, "12.5", "AFTER_MEAL"), glucose(40, "13.1", "RANDOM"),
                pressure(10, 150, 95))));
        return inputs;
    }
}
