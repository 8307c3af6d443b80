package com.careflow.portal.order;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A day and one of its slot start times ("HH:mm"), as the order and reschedule forms ask for them. Whether the slot
 * exists and is free is checked against the service's slots ({@link AppointmentSlots}).
 */
public abstract class SlotChoice {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank
    @Pattern(regexp = AppointmentSlots.SLOT_VALUE)
    private String slot;

    /** The chosen start in the platform zone; only meaningful once date and slot passed validation. */
    LocalDateTime appointmentStart() {
        return AppointmentSlots.start(date, slot);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getSlot() {
        return slot;
    }

    public void setSlot(String slot) {
        this.slot = slot;
    }
}
