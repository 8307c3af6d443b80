package com.careflow.domain.ledger;

import java.math.BigDecimal;

/**
 * An amount of money in fen (1/100 yuan), the smallest unit of CNY, so sums are exact integers. The ledger keeps
 * one currency; the field is stored so a second currency would have to be introduced on purpose, not by accident.
 * Signed: on a journal line a positive amount is a debit, a negative one a credit.
 */
public record Money(long fen, String currency) {

    public static final String CNY = "CNY";

    public Money {
        if (!CNY.equals(currency)) {
            throw new IllegalArgumentException("The ledger keeps CNY only, not " + currency);
        }
    }

    public static Money fen(long fen) {
        return new Money(fen, CNY);
    }

    /** An order's amount in yuan (e.g. 199.00) in fen; a fraction of a fen is refused, never rounded away. */
    public static Money yuan(BigDecimal yuan) {
        if (yuan == null) {
            throw new IllegalArgumentException("An amount is required");
        }
        try {
            return fen(yuan.movePointRight(2).longValueExact());
        }
        catch (ArithmeticException e) {
            throw new IllegalArgumentException(yuan + " CNY is not a whole number of fen", e);
        }
    }

    public Money negate() {
        return fen(Math.negateExact(fen));
    }

    public Money minus(Money other) {
        return fen(Math.subtractExact(fen, other.fen));
    }

    public boolean isPositive() {
        return fen > 0;
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(fen, 2).toPlainString() + " " + currency;
    }
}
