package com.careflow.domain.ledger;

import static com.careflow.domain.ledger.JournalLine.credit;
import static com.careflow.domain.ledger.JournalLine.debit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of each money movement, and their ids (one per business event). The chart of accounts is a
 * marketplace's that holds customers' money until the service is delivered:
 * <ul>
 * <li>charge: Dr customer payments clearing / Cr customer prepayments — the money is in, the service is owed;</li>
 * <li>completion: Dr customer prepayments / Cr platform revenue (commission) / Cr provider payable (the rest);</li>
 * <li>refund before delivery: Dr customer prepayments / Cr clearing; after delivery (an approved complaint):
 * Dr refunds / Cr clearing — the platform carries it, the provider keeps their earnings for now;</li>
 * <li>payout: Dr provider payable / Cr payouts in transit; confirmed by the bank: Dr payouts in transit /
 * Cr clearing; returned by the bank: the payout's reversing entry, so the provider is owed it again.</li>
 * </ul>
 */
final class Entries {

    private Entries() {
    }

    /** Keyed like the gateway's charge: per attempt, or per order for a charge made without attempts. */
    static String chargeId(String orderNumber, Integer attempt) {
        return "charge:" + orderNumber + (attempt == null ? "" : ":" + attempt);
    }

    static String refundId(String orderNumber) {
        return "refund:" + orderNumber;
    }

    static String completionId(String orderNumber) {
        return "completion:" + orderNumber;
    }

    static String payoutId(String payoutId) {
        return "payout:" + payoutId;
    }

    static String payoutConfirmedId(String payoutId) {
        return "payout-confirmed:" + payoutId;
    }

    static String payoutReturnedId(String payoutId) {
        return "payout-returned:" + payoutId;
    }

    static JournalEntry charge(String orderNumber, Integer attempt, Money amount, Instant at) {
        return new JournalEntry(chargeId(orderNumber, attempt), orderNumber, "Charge of order " + orderNumber,
                List.of(debit(account(AccountKind.CUSTOMER_PAYMENTS_CLEARING), amount),
                        credit(account(AccountKind.CUSTOMER_PREPAYMENTS), amount)),
                null, null, at);
    }

    static JournalEntry refund(String orderNumber, Money amount, boolean delivered, Instant at) {
        AccountKind carriedBy = delivered ? AccountKind.REFUNDS : AccountKind.CUSTOMER_PREPAYMENTS;
        return new JournalEntry(refundId(orderNumber), orderNumber, "Refund of order " + orderNumber
                + (delivered ? " after delivery" : " before delivery"),
                List.of(debit(account(carriedBy), amount),
                        credit(account(AccountKind.CUSTOMER_PAYMENTS_CLEARING), amount)),
                null, null, at);
    }

    /** A zero commission (rate 0) or a zero share (rate 1) has no line: a line moves money. */
    static JournalEntry completion(String orderNumber, String providerId, Money amount, CommissionRate rate,
            Instant at) {
        Money commission = rate.commissionOn(amount);
        Money earnings = amount.minus(commission);
        List<JournalLine> lines = new ArrayList<>();
        lines.add(debit(account(AccountKind.CUSTOMER_PREPAYMENTS), amount));
        if (commission.isPositive()) {
            lines.add(credit(account(AccountKind.PLATFORM_REVENUE), commission));
        }
        if (earnings.isPositive()) {
            lines.add(credit(Account.providerPayable(providerId), earnings));
        }
        return new JournalEntry(completionId(orderNumber), orderNumber, "Completion of order " + orderNumber
                + ": commission " + commission + ", provider " + providerId + " earns " + earnings, lines,
                rate.rate(), rate.decision(), at);
    }

    static JournalEntry payout(String payoutId, String providerId, Money amount, Instant at) {
        return new JournalEntry(payoutId(payoutId), payoutId, "Payout " + payoutId + " to provider " + providerId,
                List.of(debit(Account.providerPayable(providerId), amount),
                        credit(account(AccountKind.PAYOUTS_IN_TRANSIT), amount)),
                null, null, at);
    }

    static JournalEntry payoutConfirmed(JournalEntry payout, Instant at) {
        Money amount = payout.lines().getFirst().amount();
        return new JournalEntry(payoutConfirmedId(payout.reference()), payout.reference(),
                "Payout " + payout.reference() + " confirmed by the bank",
                List.of(debit(account(AccountKind.PAYOUTS_IN_TRANSIT), amount),
                        credit(account(AccountKind.CUSTOMER_PAYMENTS_CLEARING), amount)),
                null, null, at);
    }

    /** The payout's reversing entry: every line of it with the opposite sign. */
    static JournalEntry payoutReturned(JournalEntry payout, Instant at) {
        return new JournalEntry(payoutReturnedId(payout.reference()), payout.reference(),
                "Payout " + payout.reference() + " returned by the bank (reverses " + payout.id() + ")",
                payout.lines().stream().map(line -> new JournalLine(line.account(), line.amount().negate())).toList(),
                null, null, at);
    }

    private static Account account(AccountKind kind) {
        return Account.of(kind);
    }
}
