package com.careflow.domain.process;

/** Variables of the payment-submitted message. Only the card's last four digits travel; the number never does. */
public record PaymentSubmitted(String cardLast4, String cardBrand) {
}
