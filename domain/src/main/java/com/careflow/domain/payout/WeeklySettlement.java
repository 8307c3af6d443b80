package com.careflow.domain.payout;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.careflow.domain.ledger.AccountKind;
import com.careflow.domain.ledger.JournalEntry;
import com.careflow.domain.ledger.JournalLine;
import com.careflow.domain.ledger.Money;

/**
 * The weekly settlement: every provider's completed orders that no statement holds yet (a rejected or returned
 * statement gives its orders back), up to the week's cut-off, become one {@link SettlementStatement} per provider.
 * The lines are read from the orders' completion entries in the ledger (gross, commission, net, rate and decision
 * as they were split at completion), so a statement explains itself after the commission table changes. Repeating a
 * run for the same week creates nothing new: the statement's id is the provider and the week.
 */
@Component
public class WeeklySettlement {

    private static final String COMPLETION_IDS = "^completion:";

    private final MongoTemplate mongo;
    private final SettlementStatements statements;
    private final Clock clock;

    WeeklySettlement(MongoTemplate mongo, SettlementStatements statements, Clock clock) {
        this.mongo = mongo;
        this.statements = statements;
        this.clock = clock;
    }

    /** The Monday of the last full week before {@code now}, in the platform's zone: the week a run settles. */
    public LocalDate lastFullWeek(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
    }

    /**
     * Settles the week starting {@code weekStart}: orders completed before the Monday after it. Returns the
     * statements no payout has taken up yet (status CREATED), ordered by id: the ones made now, and any an earlier
     * run made whose payouts did not start (a run that failed after settling), so none is left behind.
     */
    public List<SettlementStatement> settle(LocalDate weekStart) {
        LocalDate cutOff = weekStart.plusWeeks(1);
        Instant cutOffInstant = cutOff.atStartOfDay(clock.getZone()).toInstant();
        Set<String> settled = settledOrders();
        Map<String, List<StatementLine>> linesByProvider = new TreeMap<>();
        for (JournalEntry completion : completionsBefore(cutOffInstant)) {
            if (!settled.contains(completion.reference())) {
                CompletionSplit split = CompletionSplit.of(completion);
                if (split != null) {
                    linesByProvider.computeIfAbsent(split.providerId(), p -> new ArrayList<>()).add(split.line());
                }
            }
        }
        Instant now = clock.instant();
        linesByProvider.forEach((providerId, lines) -> {
            lines.sort(Comparator.comparing(StatementLine::completedAt).thenComparing(StatementLine::orderNumber));
            SettlementStatement statement = SettlementStatement.create(providerId, weekStart, cutOff, lines, now);
            insertOnce(statement);
        });
        List<SettlementStatement> open = new ArrayList<>(statements.findByStatus(StatementStatus.CREATED));
        open.sort(Comparator.comparing(SettlementStatement::getId));
        return open;
    }

    private void insertOnce(SettlementStatement statement) {
        if (statements.existsById(statement.getId())) {
            return; // settled by an earlier run of this week: its orders are on that statement or a later one
        }
        try {
            statements.insert(statement);
        } catch (DuplicateKeyException concurrentRun) {
            // the other run made it; this one has nothing to add
        }
    }

    private List<JournalEntry> completionsBefore(Instant cutOff) {
        Query query = Query.query(Criteria.where("_id").regex(COMPLETION_IDS).and("postedAt").lt(cutOff));
        return mongo.find(query, JournalEntry.class);
    }

    /** The order numbers on statements that still hold their orders. */
    private Set<String> settledOrders() {
        Query query = Query.query(Criteria.where("status").nin(StatementStatus.REJECTED.name(),
                StatementStatus.RETURNED.name()));
        query.fields().include("lines.orderNumber");
        Set<String> orders = new HashSet<>();
        for (Document statement : mongo.find(query, Document.class, "settlement_statements")) {
            for (Document line : statement.getList("lines", Document.class, List.of())) {
                orders.add(line.getString("orderNumber"));
            }
        }
        return orders;
    }

    /** A completion entry read back as a statement line, and whose earnings it credited. */
    private record CompletionSplit(String providerId, StatementLine line) {

        /** Null when the platform kept it all (rate 1): no provider is owed anything for it. */
        static CompletionSplit of(JournalEntry completion) {
            long gross = 0;
            long commission = 0;
            long net = 0;
            String providerId = null;
            for (JournalLine line : completion.lines()) {
                AccountKind kind = line.account().kind();
                if (kind == AccountKind.CUSTOMER_PREPAYMENTS) {
                    gross += line.amount().fen();
                } else if (kind == AccountKind.PLATFORM_REVENUE) {
                    commission -= line.amount().fen();
                } else if (kind == AccountKind.PROVIDER_PAYABLE) {
                    net -= line.amount().fen();
                    providerId = line.account().providerId();
                }
            }
            if (providerId == null) {
                return null;
            }
            return new CompletionSplit(providerId, new StatementLine(completion.reference(), completion.postedAt(),
                    Money.fen(gross), Money.fen(commission), Money.fen(net), completion.commissionRate(),
                    completion.commissionDecision()));
        }
    }
}
