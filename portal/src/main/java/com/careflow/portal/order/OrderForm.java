package com.careflow.portal.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the customer fills in to order a service: contact details and a slot (a day and one of its start times).
 * Messages for each constraint are looked up by Spring's error codes (e.g. {@code NotBlank.orderForm.contactName})
 * in messages*.properties, so they follow the page language. The slot fields come from {@link SlotChoice}.
 */
public class OrderForm extends SlotChoice {

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

    @Size(max = 500)
    private String notes;

    /** The customer lets the provider read their health records while the order is active. */
    private boolean healthDataConsent;

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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isHealthDataConsent() {
        return healthDataConsent;
    }

    public void setHealthDataConsent(boolean healthDataConsent) {
        this.healthDataConsent = healthDataConsent;
    }
}
