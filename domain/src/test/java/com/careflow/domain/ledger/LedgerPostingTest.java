package com.careflow.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.appointment.DomainMongoTest;

/** Posting against the domain's real context on a Mongo wire server: once per event id, never overwritten. */
@DomainMongoTest
class LedgerPostingTest {

    private static final Account CLEARING = Account.of(AccountKind.CUSTOMER_PAYMENTS_CLEARING);
    private static final Account PREPAYMENTS = Account.of(AccountKind.CUSTOMER_PREPAYMENTS);
    private static final Account REVENUE = Account.of(AccountKind.PLATFORM_REVENUE);
    private static final Account IN_TRANSIT = Account.of(AccountKind.PAYOUTS_IN_TRANSIT);
    private static final CommissionRate RATE = new CommissionRate(new BigDecimal("0.20"), "commission@2");

    @Autowired
    Ledger ledger;
    @Autowired
    MoneyMovements movements;
    @Autowired
    Balances balances;
    @Autowired
    JournalEntries journal;

    @BeforeEach
    void emptyJournal() {
        journal.deleteAll();
    }

    @Test
    void theSameEntryPostedTwiceIsPostedOnce() {
        JournalEntry first = ledger.post(Entries.charge("O1", 1, Money.fen(19900), Instant.parse("2026-12-02T01:00:00Z")));
        JournalEntry again = ledger.post(Entries.charge("O1", 1, Money.fen(19900), Instant.parse("2026-12-02T02:00:00Z")));

        assertThat(again.postedAt()).isEqualTo(first.postedAt()).isEqualTo(Instant.parse("2026-12-02T01:00:00Z"));
        assertThat(journal.count()).isEqualTo(1);
        assertThat(balances.of(CLEARING)).isEqualTo(Money.fen(19900));
    }

    @Test
    void aDifferentEntryUnderAPostedIdIsRefusedAndTheFirstStays() {
        movements.charged("O1", 1, Money.fen(19900));

        assertThatThrownBy(() -> movements.charged("O1", 1, Money.fen(100)))
                .isInstanceOf(ConflictingEntryException.class).hasMessageContaining("charge:O1:1")
                .hasMessageContaining("refused");
        assertThat(ledger.entry("charge:O1:1").orElseThrow().lines().getFirst().amount()).isEqualTo(Money.fen(19900));
        assertThat(journal.count()).isEqualTo(1);
    }

    @Test
    void concurrentPostsOfOneEventMakeOneEntry() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JournalEntry>> posts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<JournalEntry> post = () -> {
                start.await();
                return movements.charged("O2", 3, Money.fen(5000));
            };
            posts.add(pool.submit(post));
        }
        start.countDown();
        List<Instant> postedAt = new ArrayList<>();
        for (Future<JournalEntry> post : posts) {
            postedAt.add(post.get(30, TimeUnit.SECONDS).postedAt());
        }
        pool.shutdown();

        assertThat(journal.count()).isEqualTo(1);
        assertThat(postedAt).containsOnly(ledger.entry("charge:O2:3").orElseThrow().postedAt());
        assertThat(balances.of(CLEARING)).isEqualTo(Money.fen(5000));
    }

    @Test
    void balancesAreDerivedFromTheJournal() {
        movements.charged("O1", 1, Money.fen(20000));
        movements.completed("O1", "p1", Money.fen(20000), RATE);
        movements.charged("O2", 1, Money.fen(10000));
        movements.refunded("O2", Money.fen(10000));
        movements.charged("O3", 2, Money.fen(5000));
        movements.completed("O3", "p2", Money.fen(5000), RATE);

        assertThat(balances.all()).containsOnly(
                entry(CLEARING, 25000), entry(REVENUE, -5000), entry(Account.providerPayable("p1"), -16000),
                entry(Account.providerPayable("p2"), -4000), entry(PREPAYMENTS, 0));
        assertThat(balances.providerPayable("p1")).isEqualTo(Money.fen(16000));
        assertThat(balances.providerPayable("nobody")).isEqualTo(Money.fen(0));
        assertThat(balances.of("O2")).containsOnly(entry(CLEARING, 0), entry(PREPAYMENTS, 0));
        assertThat(ledger.entry("completion:O1").orElseThrow().commissionRate()).isEqualByComparingTo("0.20");
        assertThat(ledger.entry("completion:O1").orElseThrow().commissionDecision()).isEqualTo("commission@2");
    }

    @Test
    void aRefundAfterDeliveryIsCarriedByThePlatform() {
        movements.charged("O1", 1, Money.fen(20000));
        movements.completed("O1", "p1", Money.fen(20000), RATE);
        movements.refunded("O1", Money.fen(20000));

        assertThat(balances.of("O1")).containsOnly(entry(CLEARING, 0), entry(PREPAYMENTS, 0),
                entry(REVENUE, -4000), entry(Account.providerPayable("p1"), -16000),
                entry(Account.of(AccountKind.REFUNDS), 20000));
    }

    @Test
    void aPayoutGoesInTransitAndIsConfirmedOrReturned() {
        movements.charged("O1", 1, Money.fen(20000));
        movements.completed("O1", "p1", Money.fen(20000), RATE);

        movements.payoutSent("W1", "p1", Money.fen(10000));
        assertThat(balances.providerPayable("p1")).isEqualTo(Money.fen(6000));
        assertThat(balances.of(IN_TRANSIT)).isEqualTo(Money.fen(-10000));

        movements.payoutConfirmed("W1");
        assertThat(balances.of(IN_TRANSIT)).isEqualTo(Money.fen(0));
        assertThat(balances.of(CLEARING)).isEqualTo(Money.fen(10000));
        assertThatThrownBy(() -> movements.payoutReturned("W1")).hasMessageContaining("was confirmed");

        movements.payoutSent("W2", "p1", Money.fen(6000));
        movements.payoutReturned("W2");
        movements.payoutReturned("W2");
        assertThat(balances.providerPayable("p1")).isEqualTo(Money.fen(6000));
        assertThat(balances.of(IN_TRANSIT)).isEqualTo(Money.fen(0));
        assertThatThrownBy(() -> movements.payoutConfirmed("W2")).hasMessageContaining("was returned");
        assertThatThrownBy(() -> movements.payoutConfirmed("W9")).hasMessageContaining("never sent");
    }

    private static java.util.Map.Entry<Account, Money> entry(Account account, long fen) {
        return java.util.Map.entry(account, Money.fen(fen));
    }
}
