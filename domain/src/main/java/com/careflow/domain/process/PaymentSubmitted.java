package com.careflow.domain.process;

/**
 * Variables of the payment-submitted message. Only the card's last four digits travel; the number never does.
 * {@code paymentAttempt} numbers the order's attempts (the order keeps the current one): the charge is keyed by it,
 * so a retried charge of one attempt never charges twice and another attempt is another charge.
 */
public record PaymentSubmitted(String cardLast4, String cardBrand, int paymentAttempt) {
}
