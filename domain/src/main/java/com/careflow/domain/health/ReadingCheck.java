package com.careflow.domain.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a reading impossible, for the form and the device import alike: a missing value of its type, a value
 * outside what a living adult can measure, a systolic pressure not above the diastolic, a time in the future. The
 * ranges are deliberately wide (a reading in a crisis band must get through); they only stop typing mistakes.
 */
public final class ReadingCheck {

    static final int SYSTOLIC_MIN = 50;
    static final int SYSTOLIC_MAX = 300;
    static final int DIASTOLIC_MIN = 20;
    static final int DIASTOLIC_MAX = 200;
    static final int BEATS_MIN = 20;
    static final int BEATS_MAX = 250;
    static final BigDecimal GLUCOSE_MIN = new BigDecimal("0.5");
    static final BigDecimal GLUCOSE_MAX = new BigDecimal("50");
    static final BigDecimal WEIGHT_MIN = new BigDecimal("2");
    static final BigDecimal WEIGHT_MAX = new BigDecimal("400");
    static final int NOTE_MAX = 200;

    private ReadingCheck() {
    }

    /** Everything wrong with {@code reading} at {@code now}; empty when it may be saved. */
    public static List<ReadingProblem> problems(Reading reading, Instant now) {
        List<ReadingProblem> problems = new ArrayList<>();
        if (reading.type() == null) {
            problems.add(new ReadingProblem("type", "required"));
        }
        if (reading.takenAt() == null) {
            problems.add(new ReadingProblem("takenAt", "required"));
        }
        else if (reading.takenAt().isAfter(now)) {
            problems.add(new ReadingProblem("takenAt", "future"));
        }
        if (reading.note() != null && reading.note().length() > NOTE_MAX) {
            problems.add(new ReadingProblem("note", "tooLong"));
        }
        if (reading.type() != null) {
            switch (reading.type()) {
                case BLOOD_PRESSURE -> bloodPressure(reading, problems);
                case BLOOD_GLUCOSE -> {
                    between("glucose", reading.glucose(), GLUCOSE_MIN, GLUCOSE_MAX, problems);
                    if (reading.glucoseTiming() == null) {
                        problems.add(new ReadingProblem("glucoseTiming", "required"));
                    }
                }
                case WEIGHT -> between("weightKg", reading.weightKg(), WEIGHT_MIN, WEIGHT_MAX, problems);
                case HEART_RATE -> between("heartRate", reading.heartRate(), BEATS_MIN, BEATS_MAX, problems);
            }
        }
        return problems;
    }

    private static void bloodPressure(Reading reading, List<ReadingProblem> problems) {
        boolean systolic = between("systolic", reading.systolic(), SYSTOLIC_MIN, SYSTOLIC_MAX, problems);
        boolean diastolic = between("diastolic", reading.diastolic(), DIASTOLIC_MIN, DIASTOLIC_MAX, problems);
        if (systolic && diastolic && reading.systolic() <= reading.diastolic()) {
            problems.add(new ReadingProblem("systolic", "notAboveDiastolic"));
        }
        // the pulse is optional on a blood pressure reading, but not any number
        if (reading.pulse() != null) {
            between("pulse", reading.pulse(), BEATS_MIN, BEATS_MAX, problems);
        }
    }

    private static boolean between(String field, Integer value, int min, int max, List<ReadingProblem> problems) {
        if (value == null) {
            problems.add(new ReadingProblem(field, "required"));
            return false;
        }
        if (value < min || value > max) {
            problems.add(new ReadingProblem(field, "range"));
            return false;
        }
        return true;
    }

    private static void between(String field, BigDecimal value, BigDecimal min, BigDecimal max,
            List<ReadingProblem> problems) {
        if (value == null) {
            problems.add(new ReadingProblem(field, "required"));
        }
        else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            problems.add(new ReadingProblem(field, "range"));
        }
    }
}
