package com.careflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ContextConfiguration;

import com.careflow.domain.ledger.JournalEntry;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.reconciliation.Mismatch;
import com.careflow.domain.reconciliation.MismatchExplanations;
import com.careflow.domain.reconciliation.MismatchKind;
import com.careflow.domain.reconciliation.ReconciliationReport;
import com.careflow.domain.reconciliation.ReconciliationReports;
import com.careflow.payment.ReconciliationWorker.ReconciliationInput;
import com.careflow.payment.ReconciliationWorker.ReconciliationOutcome;
import com.careflow.worker.TaskFailure;

/**
 * The daily reconciliation over the payment worker's real context on a Mongo wire server: money moves through the
 * real charge and refund steps and the ledger, then a test injects one inconsistency the way a bug or a lost message
 * would (a deleted entry, a changed amount, a missing order) and the day's report names it. Each test runs on a day
 * of its own (the platform clock is moved there), so other tests' records never enter its report.
 */
@SpringBootTest(classes = PaymentWorkerApplication.class, properties = {
        "careflow.worker.engine.enabled=false",
        "careflow.demo-data=false" })
@ContextConfiguration(initializers = InProcessMongo.class)
@Import({ TestOrders.class, ReconciliationTest.DayClock.class })
class ReconciliationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger DAYS = new AtomicInteger();

    @Autowired
    DayClock.Movable clock;
    @Autowired
    PaymentWorker charges;
    @Autowired
    RefundWorker refunds;
    @Autowired
    ReconciliationWorker worker;
    @Autowired
    TestOrders testOrders;
    @Autowired
    MoneyMovements movements;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReconciliationReports reports;
    @Autowired
    MismatchExplanations explanations;
    @Autowired
    Orders orders;

    private LocalDate day;

    @BeforeEach
    void aDayOfItsOwn() {
        day = LocalDate.of(2031, 1, 1).plusDays(DAYS.getAndIncrement());
        clock.moveTo(day.atTime(10, 0).atZone(SHANGHAI).toInstant());
    }

    @Test
    void aCleanDayReportsNoMismatchAndCountsWhatItCompared() {
        ServiceOrder paid = charged("199.00");
        ServiceOrder refunded = charged("88.00");
        refunds.refundPayment(new RefundInput(refunded.getOrderNumber()));
        String statement = paidStatement("provider-clean", 15920);
        movements.payoutSent(statement, "provider-clean", Money.fen(15920));

        ReconciliationOutcome outcome = worker.run(new ReconciliationInput(day.toString()));

        assertThat(outcome).isEqualTo(new ReconciliationOutcome(day.toString(), 0));
        ReconciliationReport report = reports.findById(day.toString()).orElseThrow();
        assertThat(report.clean()).isTrue();
        assertThat(report.checked().orders()).isEqualTo(2);
        assertThat(report.checked().charges()).isEqualTo(2);
        assertThat(report.checked().ledgerEntries()).isEqualTo(4); // two charges, a refund, a payout
        assertThat(report.checked().statements()).isEqualTo(1);
        assertThat(paid.getOrderNumber()).isNotEqualTo(refunded.getOrderNumber());
    }

    @Test
    void aPaidOrderWhoseChargeEntryIsLostIsReported() {
        ServiceOrder order = charged("199.00");
        mongo.remove(query(where("_id").is("charge:" + order.getOrderNumber())), JournalEntry.COLLECTION);

        Mismatch mismatch = onlyMismatch();

        assertThat(mismatch).isEqualTo(new Mismatch(MismatchKind.PAID_ORDER_WITHOUT_CHARGE, order.getOrderNumber(),
                null, Money.fen(19900), null));
        assertThat(explanations.explain(mismatch, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("订单 " + order.getOrderNumber() + " 已支付（金额 ¥199.00），但账本中没有它的收款分录。");
        assertThat(explanations.explain(mismatch, Locale.ENGLISH))
                .isEqualTo("Order " + order.getOrderNumber() + " is paid (¥199.00), but the ledger has no charge"
                        + " entry for it.");
    }

    /** Found by the order's timeline alone: neither the gateway's record nor the ledger names it any more. */
    @Test
    void aPaidOrderWithNeitherChargeNorEntryIsReportedBothWays() {
        ServiceOrder order = charged("60.00");
        mongo.remove(query(where("_id").is("order-charge:" + order.getOrderNumber())), "payments");
        mongo.remove(query(where("_id").is("charge:" + order.getOrderNumber())), JournalEntry.COLLECTION);

        worker.run(new ReconciliationInput(day.toString()));

        assertThat(reports.findById(day.toString()).orElseThrow().mismatches()).containsExactly(
                new Mismatch(MismatchKind.PAID_ORDER_WITHOUT_CHARGE, order.getOrderNumber(), null, Money.fen(6000),
                        null),
                new Mismatch(MismatchKind.PAID_ORDER_WITHOUT_PAYMENT, order.getOrderNumber(),
                        orders.findById(order.getOrderNumber()).orElseThrow().getPaymentId(), Money.fen(6000), null));
    }

    @Test
    void aChargeWhoseOrderIsGoneIsReportedOnce() {
        ServiceOrder order = charged("120.00");
        mongo.remove(query(where("_id").is(order.getOrderNumber())), "orders");

        Mismatch mismatch = onlyMismatch();

        assertThat(mismatch).isEqualTo(new Mismatch(MismatchKind.CHARGE_WITHOUT_ORDER, order.getOrderNumber(),
                "order-charge:" + order.getOrderNumber(), null, Money.fen(12000)));
        assertThat(explanations.explain(mismatch, Locale.ENGLISH)).isEqualTo("Charge order-charge:"
                + order.getOrderNumber() + " (¥120.00) is for order " + order.getOrderNumber()
                + ", which does not exist.");
    }

    @Test
    void aRefundMadeButNotPostedIsReported() {
        ServiceOrder order = charged("199.00");
        refunds.refundPayment(new RefundInput(order.getOrderNumber()));
        mongo.remove(query(where("_id").is("refund:" + order.getOrderNumber())), JournalEntry.COLLECTION);

        Mismatch mismatch = onlyMismatch();

        assertThat(mismatch).isEqualTo(new Mismatch(MismatchKind.REFUND_NOT_POSTED, order.getOrderNumber(),
                "refund:" + order.getOrderNumber(), Money.fen(19900), null));
        assertThat(explanations.explain(mismatch, Locale.SIMPLIFIED_CHINESE)).contains(order.getOrderNumber())
                .contains("¥199.00").contains("refund:" + order.getOrderNumber());
    }

    @Test
    void anOrderAmountThatDiffersFromItsChargeIsReported() {
        ServiceOrder order = charged("199.00");
        mongo.updateFirst(query(where("_id").is(order.getOrderNumber())),
                Update.update("amount", new Decimal128(new BigDecimal("299.00"))), "orders");

        Mismatch mismatch = onlyMismatch();

        assertThat(mismatch).isEqualTo(new Mismatch(MismatchKind.CHARGE_AMOUNT_DIFFERS, order.getOrderNumber(),
                "order-charge:" + order.getOrderNumber(), Money.fen(29900), Money.fen(19900)));
        assertThat(explanations.explain(mismatch, Locale.ENGLISH)).isEqualTo("Order " + order.getOrderNumber()
                + " is for ¥299.00, but the gateway's charge order-charge:" + order.getOrderNumber() + " is ¥199.00.");
    }

    @Test
    void aLedgerChargeWithAnotherAmountThanTheGatewayChargedIsReported() {
        ServiceOrder order = charged("199.00");
        mongo.updateFirst(query(where("_id").is("charge:" + order.getOrderNumber())),
                new Update().set("lines.0.amount.fen", 1990L).set("lines.1.amount.fen", -1990L),
                JournalEntry.COLLECTION);

        Mismatch mismatch = onlyMismatch();

        assertThat(mismatch).isEqualTo(new Mismatch(MismatchKind.POSTED_AMOUNT_DIFFERS, order.getOrderNumber(),
                "charge:" + order.getOrderNumber(), Money.fen(19900), Money.fen(1990)));
        assertThat(explanations.explain(mismatch, Locale.SIMPLIFIED_CHINESE)).isEqualTo("订单 "
                + order.getOrderNumber() + " 扣款 ¥199.00，但账本分录 charge:" + order.getOrderNumber() + " 记的是 ¥19.90。");
    }

    @Test
    void aPaidStatementWithoutItsPayoutIsReportedUntilThePayoutIsPosted() {
        String statement = paidStatement("provider-a", 50000);

        Mismatch mismatch = onlyMismatch();

        assertThat(mismatch).isEqualTo(new Mismatch(MismatchKind.PAYOUT_NOT_POSTED, statement,
                "payout:" + statement, Money.fen(50000), null));
        assertThat(explanations.explain(mismatch, Locale.ENGLISH)).isEqualTo("Statement " + statement
                + " is paid (net ¥500.00), but the ledger has no payout entry payout:" + statement + ".");
        ReconciliationReport first = reports.findById(day.toString()).orElseThrow();

        clock.advance(Duration.ofHours(1));
        movements.payoutSent(statement, "provider-a", Money.fen(50000));
        ReconciliationOutcome rerun = worker.run(new ReconciliationInput(day.toString()));

        ReconciliationReport replaced = reports.findById(day.toString()).orElseThrow();
        assertThat(rerun.mismatchCount()).isZero();
        assertThat(replaced.clean()).isTrue();
        assertThat(replaced.runs()).isEqualTo(2);
        assertThat(replaced.firstRunAt()).isEqualTo(first.firstRunAt());
        assertThat(replaced.lastRunAt()).isAfter(first.lastRunAt());
        assertThat(reports.findAll()).filteredOn(r -> r.day().equals(day.toString())).hasSize(1);
    }

    @Test
    void aPayoutOfAnotherAmountThanItsStatementIsReported() {
        String statement = paidStatement("provider-b", 50000);
        movements.payoutSent(statement, "provider-b", Money.fen(5000));

        assertThat(onlyMismatch()).isEqualTo(new Mismatch(MismatchKind.PAYOUT_AMOUNT_DIFFERS, statement,
                "payout:" + statement, Money.fen(50000), Money.fen(5000)));
    }

    @Test
    void aPayoutWithoutAStatementIsReported() {
        String statement = "provider-c:" + day;
        movements.payoutSent(statement, "provider-c", Money.fen(7000));

        Mismatch mismatch = onlyMismatch();

        assertThat(mismatch).isEqualTo(new Mismatch(MismatchKind.PAYOUT_WITHOUT_STATEMENT, statement,
                "payout:" + statement, null, Money.fen(7000)));
        assertThat(explanations.explain(mismatch, Locale.SIMPLIFIED_CHINESE)).isEqualTo("账本付款分录 payout:"
                + statement + "（¥70.00）对应的结算单 " + statement + " 不存在。");
    }

    @Test
    void aMismatchOfAnotherDayStaysOutOfThisDaysReport() {
        ServiceOrder order = charged("199.00");
        mongo.remove(query(where("_id").is("charge:" + order.getOrderNumber())), JournalEntry.COLLECTION);

        ReconciliationOutcome nextDay = worker.run(new ReconciliationInput(day.plusDays(1).toString()));

        assertThat(nextDay.mismatchCount()).isZero();
    }

    @Test
    void withoutADayTheRunReconcilesYesterday() {
        ServiceOrder order = charged("199.00");
        mongo.remove(query(where("_id").is("charge:" + order.getOrderNumber())), JournalEntry.COLLECTION);
        clock.advance(Duration.ofDays(1));

        ReconciliationOutcome outcome = worker.run(new ReconciliationInput(null));

        assertThat(outcome).isEqualTo(new ReconciliationOutcome(day.toString(), 1));
    }

    @Test
    void aDayThatIsNotADateFailsTheTaskWithoutRetries() {
        TaskFailure failure = catchThrowableOfType(TaskFailure.class,
                () -> worker.run(new ReconciliationInput("yesterday")));

        assertThat(failure.getMessage()).contains("reconciliationDay").contains("'yesterday'");
        assertThat(failure.retryable()).isFalse();
    }

    private Mismatch onlyMismatch() {
        ReconciliationOutcome outcome = worker.run(new ReconciliationInput(day.toString()));
        assertThat(outcome.mismatchCount()).isEqualTo(1);
        List<Mismatch> mismatches = reports.findById(day.toString()).orElseThrow().mismatches();
        assertThat(mismatches).hasSize(1);
        return mismatches.getFirst();
    }

    private ServiceOrder charged(String amount) {
        ServiceOrder order = testOrders.placed(amount);
        charges.chargePayment(new ChargeInput(order.getOrderNumber(), new BigDecimal(amount), "4242"));
        return order;
    }

    /**
     * A statement the settlement paid today, written as the settlement stores it (the settlement's own code is not
     * this module's); {@code net} in fen.
     */
    private String paidStatement(String providerId, long net) {
        LocalDate weekStart = day.minusDays(7);
        String id = providerId + ":" + weekStart;
        mongo.insert(new Document("_id", id).append("providerId", providerId)
                .append("periodStart", Date.from(weekStart.atStartOfDay(SHANGHAI).toInstant()))
                .append("periodEnd", Date.from(day.atStartOfDay(SHANGHAI).toInstant()))
                .append("gross", money(net * 100 / 80)).append("commission", money(net * 100 / 80 - net))
                .append("net", money(net)).append("status", "PAID")
                .append("transferReference", "sim_tr_" + id).append("paidAt", Date.from(clock.instant())),
                "settlement_statements");
        return id;
    }

    private static Document money(long fen) {
        return new Document("fen", fen).append("currency", Money.CNY);
    }

    /** The platform clock, moved to the test's day (primary, so it replaces the domain's clock in the context). */
    @TestConfiguration(proxyBeanMethods = false)
    static class DayClock {

        @Bean
        @Primary
        Movable movableClock() {
            return new Movable();
        }

        static final class Movable extends Clock {

            private volatile Duration offset = Duration.ZERO;

            void moveTo(Instant instant) {
                offset = Duration.between(Instant.now(), instant);
            }

            void advance(Duration by) {
                offset = offset.plus(by);
            }

            @Override
            public ZoneId getZone() {
                return SHANGHAI;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), offset);
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(offset);
            }
        }
    }
}
