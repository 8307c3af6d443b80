package com.careflow.domain.ledger;

import static com.careflow.domain.ledger.JournalLine.credit;
import static com.careflow.domain.ledger.JournalLine.debit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules every entry obeys before it can be posted, and the entries of each movement. */
class JournalEntryTest {

    private static final Instant AT = Instant.parse("2026-12-02T01:00:00Z");
    private static final Account CLEARING = Account.of(AccountKind.CUSTOMER_PAYMENTS_CLEARING);
    private static final Account PREPAYMENTS = Account.of(AccountKind.CUSTOMER_PREPAYMENTS);

    @Test
    void anEntryWhoseLinesDoNotSumToZeroIsRefused() {
        assertThatThrownBy(() -> new JournalEntry("charge:O1:1", "O1", "x",
                List.of(debit(CLEARING, Money.fen(19900)), credit(PREPAYMENTS, Money.fen(19800))), null, null, AT))
                .isInstanceOf(UnbalancedEntryException.class)
                .hasMessageContaining("does not balance").hasMessageContaining("1.00 CNY");
    }

    @Test
    void anEntryNeedsTwoLines() {
        assertThatThrownBy(() -> new JournalEntry("charge:O1:1", "O1", "x", List.of(), null, null, AT))
                .isInstanceOf(UnbalancedEntryException.class).hasMessageContaining("at least two");
    }

    @Test
    void aLineMovesAPositiveAmountOfMoney() {
        assertThatThrownBy(() -> debit(CLEARING, Money.fen(0))).hasMessageContaining("positive");
        assertThatThrownBy(() -> credit(CLEARING, Money.fen(-5))).hasMessageContaining("positive");
        assertThatThrownBy(() -> new JournalLine(CLEARING, Money.fen(0))).hasMessageContaining("moves no money");
    }

    @Test
    void onlyProviderPayablesArePerProvider() {
        assertThatThrownBy(() -> new Account(AccountKind.PROVIDER_PAYABLE, null)).hasMessageContaining("provider");
        assertThatThrownBy(() -> new Account(AccountKind.PLATFORM_REVENUE, "p1"))
                .hasMessageContaining("not per provider");
    }

    @Test
    void amountsAreWholeFenInCny() {
        assertThat(Money.yuan(new BigDecimal("199.00"))).isEqualTo(Money.fen(19900));
        assertThat(Money.yuan(new BigDecimal("0.5"))).isEqualTo(Money.fen(50));
        assertThatThrownBy(() -> Money.yuan(new BigDecimal("1.005"))).hasMessageContaining("whole number of fen");
        assertThatThrownBy(() -> new Money(100, "USD")).hasMessageContaining("CNY only");
    }

    @Test
    void aCompletionSplitsTheAmountAtTheRecordedRate() {
        JournalEntry entry = Entries.completion("O1", "p1", Money.fen(19900), new CommissionRate(new BigDecimal("0.20"),
                "commission@3"), AT);

        assertThat(entry.id()).isEqualTo("completion:O1");
        assertThat(entry.commissionRate()).isEqualByComparingTo("0.20");
        assertThat(entry.commissionDecision()).isEqualTo("commission@3");
        assertThat(entry.lines()).containsExactly(debit(PREPAYMENTS, Money.fen(19900)),
                credit(Account.of(AccountKind.PLATFORM_REVENUE), Money.fen(3980)),
                credit(Account.providerPayable("p1"), Money.fen(15920)));
    }

    @Test
    void aCommissionIsRoundedToTheFenAndItsExtremesLeaveOutTheEmptyLine() {
        assertThat(rate("0.15").commissionOn(Money.fen(3))).isEqualTo(Money.fen(0));
        assertThat(rate("0.5").commissionOn(Money.fen(3))).isEqualTo(Money.fen(2));
        assertThat(Entries.completion("O1", "p1", Money.fen(100), rate("0"), AT).lines()).hasSize(2);
        assertThat(Entries.completion("O1", "p1", Money.fen(100), rate("1"), AT).lines()).hasSize(2);
        assertThatThrownBy(() -> new CommissionRate(new BigDecimal("1.2"), "commission@1"))
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new CommissionRate(new BigDecimal("0.2"), " "))
                .hasMessageContaining("needs the decision");
    }

    @Test
    void aRefundIsCarriedByThePrepaymentBeforeDeliveryAndByThePlatformAfter() {
        assertThat(Entries.refund("O1", Money.fen(100), false, AT).lines().getFirst().account())
                .isEqualTo(PREPAYMENTS);
        assertThat(Entries.refund("O1", Money.fen(100), true, AT).lines().getFirst().account())
                .isEqualTo(Account.of(AccountKind.REFUNDS));
    }

    @Test
    void aReturnedPayoutReversesEveryLineOfThePayout() {
        JournalEntry payout = Entries.payout("W1", "p1", Money.fen(5000), AT);
        JournalEntry returned = Entries.payoutReturned(payout, AT);

        assertThat(returned.id()).isEqualTo("payout-returned:W1");
        assertThat(returned.lines()).containsExactly(credit(Account.providerPayable("p1"), Money.fen(5000)),
                debit(Account.of(AccountKind.PAYOUTS_IN_TRANSIT), Money.fen(5000)));
    }

    @Test
    void theSameMovementIgnoresWhenAndHowItWasDescribed() {
        JournalEntry first = Entries.charge("O1", 2, Money.fen(100), AT);
        JournalEntry again = new JournalEntry(first.id(), "O1", "another text", first.lines(), null, null,
                AT.plusSeconds(9));
        JournalEntry other = Entries.charge("O1", 2, Money.fen(101), AT);

        assertThat(first.sameMovementAs(again)).isTrue();
        assertThat(first.sameMovementAs(other)).isFalse();
    }

    @Test
    void aCompletionUnderAnotherVersionOfTheTableIsAnotherMovement() {
        BigDecimal rate = new BigDecimal("0.20");
        JournalEntry first = Entries.completion("O1", "p1", Money.fen(100), new CommissionRate(rate, "commission@1"),
                AT);
        JournalEntry next = Entries.completion("O1", "p1", Money.fen(100), new CommissionRate(rate, "commission@2"),
                AT);

        assertThat(first.sameMovementAs(next)).isFalse();
    }

    private static CommissionRate rate(String rate) {
        return new CommissionRate(new BigDecimal(rate), "commission@1");
    }
}
