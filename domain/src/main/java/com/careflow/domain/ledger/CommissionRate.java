package com.careflow.domain.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a delivered order the platform keeps, and the decision that set it ({@code commission@3}: the
 * analysts' table processes/commission.dmn in version 3), so an old order can be explained after the table changes.
 */
public record CommissionRate(BigDecimal rate, String decision) {

    public CommissionRate {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A commission rate is between 0 and 1, not " + rate);
        }
        if (decision == null || decision.isBlank()) {
            throw new IllegalArgumentException("A commission rate of " + rate + " needs the decision that set it");
        }
    }

    /** The commission on {@code amount}, to the fen, half a fen rounded up. */
    public Money commissionOn(Money amount) {
        return Money.fen(rate.multiply(BigDecimal.valueOf(amount.fen())).setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }
}
