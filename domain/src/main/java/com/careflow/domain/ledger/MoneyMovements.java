package com.careflow.domain.ledger;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Posts the platform's money movements where they happen (the payment worker's charges and refunds, the order's
 * completion, payouts), each under its business event's id, so a redelivered event posts nothing new.
 */
@Component
public class MoneyMovements {

    private final Ledger ledger;
    private final Clock clock;

    MoneyMovements(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The gateway approved attempt {@code attempt} of the order's payment. */
    public JournalEntry charged(String orderNumber, Integer attempt, Money amount) {
        return ledger.post(Entries.charge(orderNumber, attempt, amount, clock.instant()));
    }

    /**
     * The order's charge was paid back. Before delivery it leaves the customer's prepayment; after it (the order's
     * completion is posted) the platform carries it as a refund.
     */
    public JournalEntry refunded(String orderNumber, Money amount) {
        boolean delivered = ledger.entry(Entries.completionId(orderNumber)).isPresent();
        return ledger.post(Entries.refund(orderNumber, amount, delivered, clock.instant()));
    }

    /**
     * The provider delivered the order: its amount splits into the commission at {@code rate} (from the
     * {@link CommissionTable}) and the provider's earnings; the entry keeps the rate and its decision.
     */
    public JournalEntry completed(String orderNumber, String providerId, Money amount, CommissionRate rate) {
        return ledger.post(Entries.completion(orderNumber, providerId, amount, rate, clock.instant()));
    }

    /** The order's completion entry, if it is posted. */
    public Optional<JournalEntry> completionOf(String orderNumber) {
        return ledger.entry(Entries.completionId(orderNumber));
    }

    /** A payout to the provider's bank was sent: the payable goes in transit. */
    public JournalEntry payoutSent(String payoutId, String providerId, Money amount) {
        return ledger.post(Entries.payout(payoutId, providerId, amount, clock.instant()));
    }

    /** The bank confirmed the transfer: the money has left the platform. */
    public JournalEntry payoutConfirmed(String payoutId) {
        JournalEntry payout = payout(payoutId);
        refuseIfPosted(Entries.payoutReturnedId(payoutId), "Payout " + payoutId + " was returned; it cannot be"
                + " confirmed");
        return ledger.post(Entries.payoutConfirmed(payout, clock.instant()));
    }

    /** The bank returned the transfer: the payout is reversed and the provider is owed the money again. */
    public JournalEntry payoutReturned(String payoutId) {
        JournalEntry payout = payout(payoutId);
        refuseIfPosted(Entries.payoutConfirmedId(payoutId), "Payout " + payoutId + " was confirmed; it cannot be"
                + " returned");
        return ledger.post(Entries.payoutReturned(payout, clock.instant()));
    }

    private JournalEntry payout(String payoutId) {
        return ledger.entry(Entries.payoutId(payoutId))
                .orElseThrow(() -> new IllegalArgumentException("Payout " + payoutId + " was never sent"));
    }

    private void refuseIfPosted(String id, String message) {
        if (ledger.entry(id).isPresent()) {
            throw new IllegalStateException(message);
        }
    }
}
