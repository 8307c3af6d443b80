package com.careflow.domain.ledger;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Balances derived from the journal, never stored: the lines summed per account by an aggregation ($match, $unwind,
 * $group with $sum — stages both MongoDB and the local mongo-java-server run). A balance is debit minus credit, in
 * fen; a liability such as a provider's payable is therefore negative, and {@link #providerPayable} turns it round.
 */
@Component
public class Balances {

    /** Written out: Spring's group() would name the key fields by their dotted paths, which MongoDB refuses. */
    private static final AggregationOperation BY_ACCOUNT = context -> new Document("$group",
            new Document("_id", new Document("kind", "$lines.account.kind").append("providerId",
                    "$lines.account.providerId"))
                    .append("fen", new Document("$sum", "$lines.amount.fen")));

    private final MongoTemplate mongo;

    Balances(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every account that has a line, with its balance. */
    public Map<Account, Money> all() {
        return sum(List.of());
    }

    /** The balances of the entries about one order or payout (e.g. its clearing nets to 0 after a full refund). */
    public Map<Account, Money> of(String reference) {
        return sum(List.of(match(Criteria.where("reference").is(reference))));
    }

    public Money of(Account account) {
        return all().getOrDefault(account, Money.fen(0));
    }

    /** What the platform owes the provider (the credit balance of their payable), in fen. */
    public Money providerPayable(String providerId) {
        return of(Account.providerPayable(providerId)).negate();
    }

    private Map<Account, Money> sum(List<AggregationOperation> filter) {
        List<AggregationOperation> stages = new ArrayList<>(filter);
        stages.add(unwind("lines"));
        stages.add(BY_ACCOUNT);
        Map<Account, Money> balances = new HashMap<>();
        for (Document row : mongo.aggregate(newAggregation(stages), JournalEntry.COLLECTION, Document.class)) {
            Document id = row.get("_id", Document.class);
            Account account = new Account(AccountKind.valueOf(id.getString("kind")), id.getString("providerId"));
            balances.put(account, Money.fen(((Number) row.get("fen")).longValue()));
        }
        return balances;
    }
}
