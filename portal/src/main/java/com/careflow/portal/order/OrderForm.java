package com.careflow.portal.order;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the customer fills in to order a service: contact details and a slot (a day and one of its start times).
 * Messages for each constraint are looked up by Spring's error codes (e.g. {@code NotBlank.orderForm.contactName})
 * in messages*.properties, so they follow the page language. Whether the slot exists and is free is checked
 * against the service's slots ({@link AppointmentSlots}).
 */
public class OrderForm {

    /**
     * Mainland China mobile numbers: 11 digits, 13x to 19x. A blank value passes here: it is {@code @NotBlank}'s
     * to report, and the customer should read one message, not two.
     */
    static final String MAINLAND_MOBILE = "^\\s*$|^1[3-9]\\d{9}$";

    @NotBlank
    private String serviceId;

    @NotBlank
    @Size(max = 40)
    private String contactName;

    @NotBlank
    @Pattern(regexp = MAINLAND_MOBILE)
    private String contactPhone;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank
    @Pattern(regexp = AppointmentSlots.SLOT_VALUE)
    private String slot;

    @Size(max = 500)
    private String notes;

    /** The chosen start in the platform zone; only meaningful once date and slot passed validation. */
    LocalDateTime appointmentStart() {
        return AppointmentSlots.start(date, slot);
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
