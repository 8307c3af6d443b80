package com.careflow.portal.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What went wrong with a completed order, in the customer's words. */
public class ComplaintForm {

    static final int MAX_LENGTH = 1000;

    @NotBlank
    @Size(max = MAX_LENGTH)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
