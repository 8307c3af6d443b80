package com.careflow.assign;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.process.AppointmentProcess;

/** The typed process variables of this module's tasks, read and written by name. */
public final class Variables {

    private Variables() {
    }

    /** Just the order. */
    public record OrderRef(String orderNumber) {

        String order() {
            return Jobs.required("orderNumber", orderNumber);
        }
    }

    /** The slot an order holds. */
    public record SlotInput(String orderNumber, String serviceId, String appointmentStart) {

        String order() {
            return Jobs.required("orderNumber", orderNumber);
        }

        String service() {
            return Jobs.required("serviceId", serviceId);
        }

        LocalDateTime start() {
            return AppointmentTimes.parse(appointmentStart);
        }
    }

    /** The round the process is waiting in when its timer fires. */
    public record RoundInput(String orderNumber, Integer offerRound) {

        String order() {
            return Jobs.required("orderNumber", orderNumber);
        }

        int round() {
            if (offerRound == null || offerRound < 1) {
                throw new IllegalArgumentException("variable offerRound must be 1 or 2, was " + offerRound);
            }
            return offerRound;
        }
    }

    /** Where the offer stands: {@code offerOutcome} OPEN, TAKEN, WIDENED or EXHAUSTED. */
    public record OfferResult(String offerWindow, int offerRound, String offerOutcome, String providerId) {
    }

    public record AutoInput(String orderNumber, List<String> rankedProviders) {

        String order() {
            return Jobs.required("orderNumber", orderNumber);
        }

        List<String> ranked() {
            return rankedProviders == null ? List.of() : rankedProviders;
        }
    }

    /** {@code providerId} null when nobody could be assigned. */
    public record AutoResult(String providerId, String assignedBy) {
    }

    /** The order and its current provider (the one who did not show up). */
    public record ProviderInput(String orderNumber, String providerId) {

        String order() {
            return Jobs.required("orderNumber", orderNumber);
        }

        String provider() {
            return Jobs.required("providerId", providerId);
        }
    }

    public record ReplaceResult(boolean replacementFound, String providerId, String appointmentStart) {

        /**
         * The outcome as variables. The model goes back to the appointment with them, and its timers read dates
         * derived from the start, so they come along ({@link AppointmentProcess#timesOf}, which also writes
         * {@code appointmentStart}).
         */
        Map<String, Object> variables() {
            Map<String, Object> variables = new LinkedHashMap<>(AppointmentProcess.timesOf(
                    AppointmentTimes.parse(appointmentStart).atZone(AppointmentTimes.ZONE).toInstant()));
            variables.put("replacementFound", replacementFound);
            variables.put("providerId", providerId);
            return variables;
        }
    }

    public record NoShowResult(boolean checkedIn) {
    }
}
