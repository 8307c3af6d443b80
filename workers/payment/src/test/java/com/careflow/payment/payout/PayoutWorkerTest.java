package com.careflow.payment.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.ContextConfiguration;

import com.careflow.domain.ledger.Account;
import com.careflow.domain.ledger.AccountKind;
import com.careflow.domain.ledger.Balances;
import com.careflow.domain.ledger.CommissionRate;
import com.careflow.domain.ledger.JournalEntries;
import com.careflow.domain.ledger.Ledger;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.SettlementStatements;
import com.careflow.domain.payout.StatementStatus;
import com.careflow.payment.InProcessMongo;
import com.careflow.payment.PaymentWorkerApplication;
import com.careflow.worker.TaskFailure;

/**
 * The payout steps as the engine calls them, on the payment worker's real context and an in-process Mongo: a week
 * settles into statements, small payouts pass, large ones wait for finance, the simulated gateway's test accounts
 * fail, time out and return, and however often a task is redelivered a provider is paid once.
 */
@SpringBootTest(classes = PaymentWorkerApplication.class, properties = {
        "careflow.worker.engine.enabled=false",
        "careflow.demo-data=false",
        "careflow.payout.approval-threshold=5000.00",
        "careflow.payout.retry-backoff=9s" })
@ContextConfiguration(initializers = InProcessMongo.class)
@Import(PayoutWorkerTest.Clocks.class)
class PayoutWorkerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final CommissionRate TWENTY = new CommissionRate(new BigDecimal("0.20"), "commission@2");
    private static final String WEEK = "2026-11-23";

    @Autowired
    PayoutWorker worker;
    @Autowired
    MoneyMovements movements;
    @Autowired
    Ledger ledger;
    @Autowired
    Balances balances;
    @Autowired
    SettlementStatements statements;
    @Autowired
    JournalEntries journal;
    @Autowired
    MongoOperations mongo;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void empty() {
        journal.deleteAll();
        statements.deleteAll();
        mongo.dropCollection(GatewayTransfer.class);
        mongo.dropCollection("gateway_transfer_attempts");
    }

    @Test
    void aSmallPayoutIsApprovedAutomaticallyPaidOnceAndConfirmed() {
        complete("O1", "p-small", 19900);
        complete("O2", "p-small", 10000);

        Map<String, Object> settled = settle();
        String id = "p-small:" + WEEK;
        assertThat(settled).containsEntry("statementCount", 1).containsEntry("payoutStatement0", id);
        assertThat(worker.prepare(input(id)).approvalRequired()).isFalse();
        worker.approve(input(id));
        worker.transfer(input(id));
        worker.transfer(input(id)); // redelivered

        SettlementStatement paid = statements.findById(id).orElseThrow();
        assertThat(paid.getStatus()).isEqualTo(StatementStatus.PAID);
        assertThat(paid.getDecidedBy()).isEqualTo("automatic");
        assertThat(paid.getTransferReference()).startsWith("sim_tr_");
        assertThat(mongo.findById(id, GatewayTransfer.class).replays()).isEqualTo(1);
        assertThat(ledger.entry("payout:" + id).orElseThrow().reference()).isEqualTo(id);
        assertThat(balances.providerPayable("p-small")).isEqualTo(Money.fen(0));
        assertThat(balances.of(Account.of(AccountKind.PAYOUTS_IN_TRANSIT))).isEqualTo(Money.fen(-(15920 + 8000)));

        assertThat(worker.confirm(input(id))).containsEntry("returned", false);
        assertThat(statements.findById(id).orElseThrow().getStatus()).isEqualTo(StatementStatus.CONFIRMED);
        assertThat(balances.of(Account.of(AccountKind.PAYOUTS_IN_TRANSIT))).isEqualTo(Money.fen(0));
        assertThat(balances.all().values().stream().mapToLong(Money::fen).sum()).isZero();
    }

    @Test
    void aLargePayoutWaitsForFinanceAndARejectionLeavesTheBalancePayable() {
        complete("O1", "p-large", 700000); // net 5,600.00 CNY: above the threshold
        settle();
        String id = "p-large:" + WEEK;

        Payouts.Prepared prepared = worker.prepare(input(id));
        assertThat(prepared.approvalRequired()).isTrue();
        assertThat(prepared.reviewDueDate()).startsWith("2026-12-02T02:00:00+08:00");
        assertThat(statements.findById(id).orElseThrow().getStatus()).isEqualTo(StatementStatus.AWAITING_APPROVAL);

        assertThatThrownBy(() -> worker.reject(new PayoutInput(id, "fin-1", " ")))
                .isInstanceOfSatisfying(TaskFailure.class, failure -> assertThat(failure.retryable()).isFalse())
                .hasMessageContaining("needs a reason");
        worker.reject(new PayoutInput(id, "fin-1", "bank account unverified"));

        SettlementStatement rejected = statements.findById(id).orElseThrow();
        assertThat(rejected.getStatus()).isEqualTo(StatementStatus.REJECTED);
        assertThat(rejected.getDecisionReason()).isEqualTo("bank account unverified");
        assertThat(balances.providerPayable("p-large")).isEqualTo(Money.fen(560000));
        assertThatThrownBy(() -> worker.transfer(input(id))).isInstanceOf(TaskFailure.class)
                .hasMessageContaining("only an approved statement is paid");
        assertThat(ledger.entry("payout:" + id)).isEmpty();
    }

    @Test
    void aFlakyAccountsTransferFailsOnceThenIsPaidOnce() {
        String id = approvedStatement("payee-flaky");

        assertThatThrownBy(() -> worker.transfer(input(id)))
                .isInstanceOfSatisfying(TaskFailure.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.backoff()).hasSeconds(9);
                })
                .hasMessage("Transfer of statement " + id + " failed, will retry in 9 s: payout gateway processing"
                        + " error for provider payee-flaky (attempt 1)");
        assertThat(ledger.entry("payout:" + id)).isEmpty();
        worker.transfer(input(id));

        assertThat(statements.findById(id).orElseThrow().getStatus()).isEqualTo(StatementStatus.PAID);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), GatewayTransfer.class))
                .isEqualTo(1);
    }

    @Test
    void aFailingAccountNeverPaysAndEveryAttemptSaysWhy() {
        String id = approvedStatement("payee-failing");

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> worker.transfer(input(id))).isInstanceOf(TaskFailure.class)
                    .hasMessageContaining("processing error for provider payee-failing");
        }
        assertThat(statements.findById(id).orElseThrow().getStatus()).isEqualTo(StatementStatus.APPROVED);
        assertThat(ledger.entry("payout:" + id)).isEmpty();
        assertThat(balances.providerPayable("payee-failing")).isEqualTo(Money.fen(15920));
    }

    @Test
    void aTimedOutTransferIsNotPaidAgainOnRetry() {
        String id = approvedStatement("payee-timeout");

        assertThatThrownBy(() -> worker.transfer(input(id))).hasMessageContaining("no answer");
        String madeByTheLostAttempt = mongo.findById(id, GatewayTransfer.class).result().reference();
        worker.transfer(input(id));

        assertThat(statements.findById(id).orElseThrow().getTransferReference()).isEqualTo(madeByTheLostAttempt);
        assertThat(balances.providerPayable("payee-timeout")).isEqualTo(Money.fen(0));
    }

    @Test
    void aReturnedTransferIsReversedAndItsOrdersSettleAgain() {
        String id = approvedStatement("payee-returning");
        worker.transfer(input(id));

        assertThat(worker.confirm(input(id))).containsEntry("returned", true);

        assertThat(statements.findById(id).orElseThrow().getStatus()).isEqualTo(StatementStatus.RETURNED);
        assertThat(ledger.entry("payout-returned:" + id)).isPresent();
        assertThat(balances.providerPayable("payee-returning")).isEqualTo(Money.fen(15920));
        clock.set("2026-12-07T02:00:00");
        assertThat(settle()).containsEntry("payoutStatement0", "payee-returning:2026-11-30");
    }

    private String approvedStatement(String provider) {
        complete("O-" + provider, provider, 19900);
        settle();
        String id = provider + ":" + WEEK;
        worker.prepare(input(id));
        worker.approve(input(id));
        return id;
    }

    private Map<String, Object> settle() {
        if (clock.instant().isBefore(at("2026-11-30T02:00:00"))) {
            clock.set("2026-11-30T02:00:00");
        }
        return worker.settle();
    }

    private void complete(String order, String provider, long fen) {
        clock.set("2026-11-25T10:00:00");
        movements.charged(order, 1, Money.fen(fen));
        movements.completed(order, provider, Money.fen(fen), TWENTY);
    }

    private static PayoutInput input(String statementId) {
        return new PayoutInput(statementId, null, null);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    /** The platform's clock, set to a local time in Shanghai. */
    static class MovableClock extends Clock {

        private Instant now = at("2026-11-25T10:00:00");

        void set(String local) {
            now = at(local);
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
