package com.careflow.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One posted movement of money: two or more lines that sum to zero, under the id of the business event that caused
 * it ({@code charge:<order>:<attempt>}, {@code refund:<order>}, {@code completion:<order>}, {@code payout:<id>}…), so
 * an event is posted once however often it is reported. {@code reference} is the order or payout it concerns;
 * {@code commissionRate} the rate a completion was split with and {@code commissionDecision} the decision
 * version that set it ({@code commission@3}), both null for other entries. Immutable once posted.
 */
@Document(JournalEntry.COLLECTION)
public record JournalEntry(@Id String id, String reference, String description, List<JournalLine> lines,
        BigDecimal commissionRate, String commissionDecision, Instant postedAt) {

    public static final String COLLECTION = "journal";

    public JournalEntry {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A journal entry needs the id of its business event");
        }
        if (postedAt == null) {
            throw new IllegalArgumentException("Entry " + id + " needs the time it is posted");
        }
        postedAt = postedAt.truncatedTo(ChronoUnit.MILLIS); // what Mongo keeps, so a post returns what is stored
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.size() < 2) {
            throw new UnbalancedEntryException("Entry " + id + " has " + lines.size()
                    + " line(s); a double entry needs at least two");
        }
        long sum = 0;
        for (JournalLine line : lines) {
            sum = Math.addExact(sum, line.amount().fen());
        }
        if (sum != 0) {
            throw new UnbalancedEntryException("Entry " + id + " does not balance: its lines " + lines + " sum to "
                    + Money.fen(sum) + " instead of 0");
        }
    }

    /**
     * The same movement as {@code other}: same id, reference, lines, rate and decision. When it was posted and how
     * it is described do not matter, so a redelivered event is recognised as the one already posted.
     */
    public boolean sameMovementAs(JournalEntry other) {
        return id.equals(other.id) && Objects.equals(reference, other.reference) && lines.equals(other.lines)
                && (commissionRate == null ? other.commissionRate == null
                        : other.commissionRate != null && commissionRate.compareTo(other.commissionRate) == 0)
                && Objects.equals(commissionDecision, other.commissionDecision);
    }
}
