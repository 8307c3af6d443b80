package com.careflow.portal.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the author thinks the rejection was wrong. */
public class AppealForm {

    @NotBlank
    @Size(min = 10, max = 500)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = Blanks.strippedOrNull(reason);
    }
}
