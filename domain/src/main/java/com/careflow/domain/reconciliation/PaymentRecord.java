package com.careflow.domain.reconciliation;

import java.time.Instant;

import com.careflow.domain.ledger.Money;

/**
 * The gateway's charge of an order as its payment records keep it: {@code chargeId} is the record's id (the
 * gateway's idempotency key), {@code ledgerEntryId} the ledger charge entry it must have been posted as
 * ({@code charge:<order>:<attempt>}), and when it was paid back, if it was.
 */
public record PaymentRecord(String chargeId, String ledgerEntryId, String orderNumber, Money amount,
        Instant chargedAt, Instant refundedAt) {

    public boolean refunded() {
        return refundedAt != null;
    }
}
