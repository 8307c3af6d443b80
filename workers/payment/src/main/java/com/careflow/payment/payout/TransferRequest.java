package com.careflow.payment.payout;

import com.careflow.domain.ledger.Money;

/** Pay {@code amount} to the provider's account, once per {@code idempotencyKey} (the statement id). */
public record TransferRequest(String idempotencyKey, String providerId, Money amount) {

    public TransferRequest {
        if (idempotencyKey == null || idempotencyKey.isBlank() || providerId == null || providerId.isBlank()) {
            throw new IllegalArgumentException("A transfer needs an idempotency key and a provider");
        }
        if (amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("A transfer pays a positive amount, not " + amount);
        }
    }
}
