package com.careflow.bench;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.ledger.Balances;
import com.careflow.domain.ledger.CommissionRate;
import com.careflow.domain.ledger.JournalEntry;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.WeeklySettlement;

/**
 * The weekly settlement at scale: {@code orders} completed orders of {@code providers} providers are posted to the
 * ledger the way the platform posts them (a charge and a completion each, through {@link MoneyMovements}), then
 * {@link WeeklySettlement#settle} makes the week's statements, and a second run of the same week shows the repeat
 * costs and creates nothing. Baseline in the same run: reading the same completion entries once, with no statement
 * made. Checked: one statement per provider, every order on one, and the statements' nets equal to what the
 * ledger says the providers are owed.
 */
final class SettlementRun {

    private static final Logger log = LoggerFactory.getLogger(SettlementRun.class);
    private static final String ORDER_PREFIX = "BENCH-S-";
    /** Two rates, as two rows of the commission table would give. */
    private static final List<CommissionRate> RATES = List.of(
            new CommissionRate(new BigDecimal("0.20"), "commission@bench"),
            new CommissionRate(new BigDecimal("0.15"), "commission@bench"));

    private final MoneyMovements movements;
    private final WeeklySettlement settlement;
    private final Balances balances;
    private final MongoOperations mongo;
    private final Clock clock;

    SettlementRun(MoneyMovements movements, WeeklySettlement settlement, Balances balances, MongoOperations mongo,
            Clock clock) {
        this.movements = movements;
        this.settlement = settlement;
        this.balances = balances;
        this.mongo = mongo;
        this.clock = clock;
    }

    record Result(int orders, int providers, Duration posting, Duration read, int readEntries, Duration settle,
            int statements, int lines, Duration repeat, int repeatOpen, long storedAfterRepeat, long statementNetFen,
            long payableFen) {

        double entriesPerSecond(Duration elapsed, int entries) {
            return elapsed.isZero() ? 0 : entries / (elapsed.toNanos() / 1e9);
        }
    }

    Result run(int orders, int providers) {
        log.info("Settlement: posting {} completed orders of {} providers", orders, providers);
        long start = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            String order = ORDER_PREFIX + i;
            Money amount = Money.fen(10_000 + (i % 50) * 1_000L);
            movements.charged(order, 1, amount);
            movements.completed(order, provider(i % providers), amount, RATES.get(i % RATES.size()));
        }
        Duration posting = since(start);

        start = System.nanoTime();
        int readEntries = mongo.find(query(where("_id").regex("^completion:" + ORDER_PREFIX)), JournalEntry.class)
                .size();
        Duration read = since(start);

        LocalDate week = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        start = System.nanoTime();
        List<SettlementStatement> made = settlement.settle(week);
        Duration settle = since(start);
        int lines = made.stream().mapToInt(statement -> statement.getLines().size()).sum();
        long net = made.stream().mapToLong(statement -> statement.getNet().fen()).sum();

        start = System.nanoTime();
        int repeatOpen = settlement.settle(week).size();
        Duration repeat = since(start);
        long stored = mongo.getCollection("settlement_statements").countDocuments();

        long payable = 0;
        for (int p = 0; p < providers; p++) {
            payable += balances.providerPayable(provider(p)).fen();
        }
        log.info("Settlement: {} statements, {} lines in {} ms (reading the entries alone: {} ms)", made.size(),
                lines, settle.toMillis(), read.toMillis());
        return new Result(orders, providers, posting, read, readEntries, settle, made.size(), lines, repeat,
                repeatOpen, stored, net, payable);
    }

    private static String provider(int index) {
        return "bench-payee-" + index;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
