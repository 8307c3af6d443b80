package com.careflow.portal.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The card form on a PENDING order. Checked here, charged by the payment worker; only the last four digits leave. */
public class PaymentForm {

    /** Formats accept a blank value: {@code @NotBlank} reports that, once. */
    private static final String OR_BLANK = "^\\s*$|";

    @NotBlank
    private String cardNumber;

    @NotBlank
    @Size(max = 60)
    private String cardHolder;

    @NotBlank
    @Pattern(regexp = OR_BLANK + "^(0[1-9]|1[0-2])/\\d{2}$")
    private String expiry;

    @NotBlank
    @Pattern(regexp = OR_BLANK + "^\\d{3,4}$")
    private String cvc;

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getCardHolder() {
        return cardHolder;
    }

    public void setCardHolder(String cardHolder) {
        this.cardHolder = cardHolder;
    }

    public String getExpiry() {
        return expiry;
    }

    public void setExpiry(String expiry) {
        this.expiry = expiry;
    }

    public String getCvc() {
        return cvc;
    }

    public void setCvc(String cvc) {
        this.cvc = cvc;
    }
}
