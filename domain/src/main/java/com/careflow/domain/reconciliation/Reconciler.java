package com.careflow.domain.reconciliation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;

import com.careflow.domain.ledger.JournalEntry;
import com.careflow.domain.ledger.JournalLine;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.StatementStatus;

/**
 * Reconciles one business day (in the clock's zone): every order paid, charged, refunded or posted that day, and
 * every statement paid or payout posted that day, is compared across the order, the gateway's payment records, the
 * ledger and the settlement statement; what does not agree becomes a {@link Mismatch}. The day only picks what to
 * look at: the counterpart of a record may be on another day (a charge at 23:59 posted at 00:01 agrees). The
 * report is stored under the day and replaced by a re-run (see {@link ReconciliationReport}).
 * <p>
 * Queries are plain finds on one field range or value ($gte/$lt, $elemMatch), which MongoDB and the local
 * mongo-java-server both run. Not a component: it needs {@link PaymentRecords}, which the payment worker provides,
 * so that module makes it.
 */
public class Reconciler {

    private static final String CHARGE = "charge:";
    private static final String REFUND = "refund:";
    private static final String PAYOUT = "payout:";
    private static final Set<StatementStatus> PAID = Set.of(StatementStatus.PAID, StatementStatus.CONFIRMED,
            StatementStatus.RETURNED);

    private final MongoTemplate mongo;
    private final PaymentRecords payments;
    private final ReconciliationReports reports;
    private final Clock clock;

    public Reconciler(MongoTemplate mongo, PaymentRecords payments, ReconciliationReports reports, Clock clock) {
        this.mongo = mongo;
        this.payments = payments;
        this.reports = reports;
        this.clock = clock;
    }

    /** The day before today in the platform's zone: what the nightly run reconciles. */
    public LocalDate yesterday() {
        return LocalDate.now(clock).minusDays(1);
    }

    /** Reconciles {@code day} and stores its report, replacing an earlier run's findings. */
    public ReconciliationReport reconcile(LocalDate day) {
        ZoneId zone = clock.getZone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Findings findings = new Findings();
        List<JournalEntry> posted = mongo.find(query(where("postedAt").gte(from).lt(to)), JournalEntry.class);
        for (String orderNumber : ordersOf(from, to, posted)) {
            reconcileOrder(orderNumber, findings);
        }
        for (String statementId : statementsOf(from, to, posted)) {
            reconcileStatement(statementId, findings);
        }
        String id = ReconciliationReport.idOf(day);
        Instant now = clock.instant();
        Optional<ReconciliationReport> earlier = reports.findById(id);
        return reports.save(new ReconciliationReport(id, from, to, findings.checked(), findings.sorted(),
                earlier.map(ReconciliationReport::firstRunAt).orElse(now), now,
                earlier.map(ReconciliationReport::runs).orElse(0) + 1));
    }

    /** Orders paid in the day, charged or refunded at the gateway in it, or with a charge or refund posted in it. */
    private Set<String> ordersOf(Instant from, Instant to, List<JournalEntry> posted) {
        Set<String> numbers = new TreeSet<>();
        mongo.find(query(where("timeline").elemMatch(where("status").is(OrderStatus.PAID).and("at").gte(from).lt(to))),
                ServiceOrder.class).forEach(order -> numbers.add(order.getOrderNumber()));
        payments.chargedOrRefundedBetween(from, to).forEach(record -> numbers.add(record.orderNumber()));
        posted.stream().filter(e -> e.id().startsWith(CHARGE) || e.id().startsWith(REFUND))
                .forEach(e -> numbers.add(e.reference()));
        return numbers;
    }

    private Set<String> statementsOf(Instant from, Instant to, List<JournalEntry> posted) {
        Set<String> ids = new TreeSet<>();
        mongo.find(query(where("paidAt").gte(from).lt(to)), SettlementStatement.class)
                .forEach(statement -> ids.add(statement.getId()));
        posted.stream().filter(e -> e.id().startsWith(PAYOUT)).forEach(e -> ids.add(e.reference()));
        return ids;
    }

    private void reconcileOrder(String orderNumber, Findings findings) {
        ServiceOrder order = mongo.findById(orderNumber, ServiceOrder.class);
        List<PaymentRecord> charges = payments.chargesOf(orderNumber);
        Map<String, JournalEntry> entries = mongo.find(query(where("reference").is(orderNumber)), JournalEntry.class)
                .stream().collect(Collectors.toMap(JournalEntry::id, Function.identity()));
        List<JournalEntry> ledgerCharges = entries.values().stream().filter(e -> e.id().startsWith(CHARGE))
                .sorted(Comparator.comparing(JournalEntry::id)).toList();
        findings.countOrder(charges.size(), entries.size());
        if (order == null) {
            charges.forEach(c -> findings.add(MismatchKind.CHARGE_WITHOUT_ORDER, orderNumber, c.chargeId(), null,
                    c.amount()));
            Set<String> recorded = charges.stream().map(PaymentRecord::ledgerEntryId).collect(Collectors.toSet());
            ledgerCharges.stream().filter(e -> !recorded.contains(e.id())).forEach(e -> findings.add(
                    MismatchKind.CHARGE_WITHOUT_ORDER, orderNumber, e.id(), null, amountOf(e)));
            return;
        }
        Money orderAmount = Money.yuan(order.getAmount());
        boolean paid = order.wasPaid();
        if (paid && ledgerCharges.isEmpty()) {
            findings.add(MismatchKind.PAID_ORDER_WITHOUT_CHARGE, orderNumber, null, orderAmount, null);
        }
        if (paid && charges.isEmpty()) {
            findings.add(MismatchKind.PAID_ORDER_WITHOUT_PAYMENT, orderNumber, order.getPaymentId(), orderAmount,
                    null);
        }
        for (PaymentRecord charge : charges) {
            reconcileCharge(orderNumber, orderAmount, paid && ledgerCharges.isEmpty(), charge, entries, findings);
        }
        Set<String> recorded = charges.stream().map(PaymentRecord::ledgerEntryId).collect(Collectors.toSet());
        for (JournalEntry entry : ledgerCharges) {
            if (!recorded.contains(entry.id())) {
                findings.add(MismatchKind.CHARGE_WITHOUT_PAYMENT, orderNumber, entry.id(), null, amountOf(entry));
                if (charges.isEmpty() && !amountOf(entry).equals(orderAmount)) {
                    findings.add(MismatchKind.POSTED_AMOUNT_DIFFERS, orderNumber, entry.id(), orderAmount,
                            amountOf(entry));
                }
            }
        }
    }

    /** {@code reported}: the missing ledger charge is already reported as the paid order's. */
    private static void reconcileCharge(String orderNumber, Money orderAmount, boolean reported, PaymentRecord charge,
            Map<String, JournalEntry> entries, Findings findings) {
        if (!charge.amount().equals(orderAmount)) {
            findings.add(MismatchKind.CHARGE_AMOUNT_DIFFERS, orderNumber, charge.chargeId(), orderAmount,
                    charge.amount());
        }
        JournalEntry posted = entries.get(charge.ledgerEntryId());
        if (posted == null && !reported) {
            findings.add(MismatchKind.CHARGE_NOT_POSTED, orderNumber, charge.ledgerEntryId(), charge.amount(), null);
        }
        if (posted != null && !amountOf(posted).equals(charge.amount())) {
            findings.add(MismatchKind.POSTED_AMOUNT_DIFFERS, orderNumber, posted.id(), charge.amount(),
                    amountOf(posted));
        }
        if (charge.refunded()) {
            JournalEntry refund = entries.get(REFUND + orderNumber);
            if (refund == null) {
                findings.add(MismatchKind.REFUND_NOT_POSTED, orderNumber, REFUND + orderNumber, charge.amount(), null);
            }
            else if (!amountOf(refund).equals(charge.amount())) {
                findings.add(MismatchKind.REFUND_AMOUNT_DIFFERS, orderNumber, refund.id(), charge.amount(),
                        amountOf(refund));
            }
        }
    }

    private void reconcileStatement(String statementId, Findings findings) {
        SettlementStatement statement = mongo.findById(statementId, SettlementStatement.class);
        JournalEntry payout = mongo.findById(PAYOUT + statementId, JournalEntry.class);
        findings.countStatement(payout == null ? 0 : 1);
        if (statement == null) {
            if (payout != null) {
                findings.add(MismatchKind.PAYOUT_WITHOUT_STATEMENT, statementId, payout.id(), null, amountOf(payout));
            }
            return;
        }
        boolean paid = PAID.contains(statement.getStatus());
        if (paid && payout == null) {
            findings.add(MismatchKind.PAYOUT_NOT_POSTED, statementId, PAYOUT + statementId, statement.getNet(), null);
        }
        if (!paid && payout != null) {
            findings.add(MismatchKind.PAYOUT_OF_UNPAID_STATEMENT, statementId, payout.id(), null, amountOf(payout));
        }
        if (payout != null && statement.getNet() != null && !amountOf(payout).equals(statement.getNet())) {
            findings.add(MismatchKind.PAYOUT_AMOUNT_DIFFERS, statementId, payout.id(), statement.getNet(),
                    amountOf(payout));
        }
    }

    /** What an entry moved: the sum of its debits (which equals its credits). */
    static Money amountOf(JournalEntry entry) {
        return Money.fen(entry.lines().stream().map(JournalLine::amount).mapToLong(Money::fen).filter(fen -> fen > 0)
                .sum());
    }

    /** The mismatches found so far and what was looked at. */
    private static final class Findings {

        private final List<Mismatch> mismatches = new ArrayList<>();
        private int orders;
        private int charges;
        private int ledgerEntries;
        private int statements;

        void add(MismatchKind kind, String subject, String reference, Money expected, Money actual) {
            mismatches.add(new Mismatch(kind, subject, reference, expected, actual));
        }

        void countOrder(int chargeRecords, int entries) {
            orders++;
            charges += chargeRecords;
            ledgerEntries += entries;
        }

        void countStatement(int entries) {
            statements++;
            ledgerEntries += entries;
        }

        ChecksCount checked() {
            return new ChecksCount(orders, charges, ledgerEntries, statements);
        }

        List<Mismatch> sorted() {
            return mismatches.stream().sorted(Comparator.comparing(Mismatch::subject)
                    .thenComparing(Mismatch::kind)).toList();
        }
    }
}
