package com.careflow.portal.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.catalog.ServiceItem;

/**
 * The slots a customer can pick for a service, as the order form and the reschedule form show and check them:
 * start times on the service's grid, in the future, within {@link #BOOKING_HORIZON_DAYS} days, with capacity left.
 * Times are wall-clock times in the platform zone (Asia/Shanghai).
 */
@Component
class AppointmentSlots {

    static final int BOOKING_HORIZON_DAYS = 30;
    /** A slot as the form sends it: the start time "HH:mm". Blank passes: {@code @NotBlank} reports that once. */
    static final String SLOT_VALUE = "^\\s*$|^([01]\\d|2[0-3]):[0-5]\\d$";

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final ServiceSlots slots;
    private final MessageSource messages;
    private final Clock clock;

    AppointmentSlots(ServiceSlots slots, MessageSource messages, Clock clock) {
        this.slots = slots;
        this.messages = messages;
        this.clock = clock;
    }

    static LocalDateTime start(LocalDate date, String slot) {
        return date.atTime(LocalTime.parse(slot.strip(), HH_MM));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate lastBookableDay() {
        return today().plusDays(BOOKING_HORIZON_DAYS);
    }

    /** The day the form opens on: the first one with a free slot left, or tomorrow if there is none. */
    LocalDate firstDayWithRoom(ServiceItem service) {
        for (LocalDate day = today(); !day.isAfter(lastBookableDay()); day = day.plusDays(1)) {
            if (options(service, day, Locale.ROOT).stream().anyMatch(SlotOption::available)) {
                return day;
            }
        }
        return today().plusDays(1);
    }

    /** The future slots of a day (none outside the booking horizon), full ones included but marked. */
    List<SlotOption> options(ServiceItem service, LocalDate day, Locale locale) {
        if (day.isBefore(today()) || day.isAfter(lastBookableDay())) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return slots.day(service, day).stream()
                .filter(slot -> slot.start().isAfter(now))
                .map(slot -> {
                    int remaining = slot.remaining();
                    boolean available = slot.available() && remaining > 0;
                    String value = HH_MM.format(slot.start());
                    String label = available
                            ? messages.getMessage("order.slot.option", new Object[] {value, HH_MM.format(slot.end()),
                                    remaining}, locale)
                            : messages.getMessage("order.slot.option.full", new Object[] {value,
                                    HH_MM.format(slot.end())}, locale);
                    return new SlotOption(value, label, remaining, available);
                })
                .toList();
    }

    /**
     * Checks a date and slot the bean constraints already accepted, and rejects the field the customer has to change:
     * the date when the day itself cannot be booked (past, or beyond the booking horizon), else the slot (a time of
     * today that has passed, one off the grid, a full one). Returns whether the choice is fine.
     */
    boolean validate(ServiceItem service, LocalDate date, String slot, Errors errors) {
        if (date == null || errors.hasFieldErrors("date")) {
            return false;
        }
        Optional<String> dateProblem = dateProblem(date);
        dateProblem.ifPresent(code -> errors.rejectValue("date", code, new Object[] {BOOKING_HORIZON_DAYS}, null));
        if (dateProblem.isPresent() || slot == null || errors.hasFieldErrors("slot")) {
            return false;
        }
        Optional<String> problem = problem(service, start(date, slot));
        problem.ifPresent(code -> errors.rejectValue("slot", code, new Object[] {BOOKING_HORIZON_DAYS}, null));
        return problem.isEmpty();
    }

    private Optional<String> dateProblem(LocalDate date) {
        if (date.isBefore(today())) {
            return Optional.of("order.date.past");
        }
        if (date.isAfter(lastBookableDay())) {
            return Optional.of("order.date.tooFar");
        }
        return Optional.empty();
    }

    /** The slot's own problems, on a day that can be booked. */
    private Optional<String> problem(ServiceItem service, LocalDateTime start) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!start.isAfter(now)) {
            return Optional.of("order.slot.notFuture");
        }
        if (!slots.isSlotStart(service, start)) {
            return Optional.of("order.slot.notOnGrid");
        }
        boolean free = slots.day(service, start.toLocalDate()).stream()
                .anyMatch(slot -> slot.start().equals(start) && slot.available());
        return free ? Optional.empty() : Optional.of("order.slot.full");
    }

    /** One choice of the slot select, and one element of GET /orders/slots. */
    record SlotOption(String value, String label, int remaining, boolean available) {
    }
}
