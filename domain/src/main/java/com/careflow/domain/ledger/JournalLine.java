package com.careflow.domain.ledger;

/** One side of a journal entry: {@code amount} positive debits the account, negative credits it. */
public record JournalLine(Account account, Money amount) {

    public JournalLine {
        if (account == null || amount == null) {
            throw new IllegalArgumentException("A journal line needs an account and an amount");
        }
        if (amount.fen() == 0) {
            throw new IllegalArgumentException("A journal line on " + account + " moves no money");
        }
    }

    public static JournalLine debit(Account account, Money amount) {
        return new JournalLine(account, positive(amount));
    }

    public static JournalLine credit(Account account, Money amount) {
        return new JournalLine(account, positive(amount).negate());
    }

    private static Money positive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("A debit or credit is a positive amount, not " + amount);
        }
        return amount;
    }
}
