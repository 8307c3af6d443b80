package com.careflow.domain.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a delivered order the platform keeps. For now one configurable default
 * ({@code careflow.ledger.commission-rate}, 0.20); the analysts' decision table by level and category replaces it.
 */
public record CommissionRate(BigDecimal rate) {

    public CommissionRate {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A commission rate is between 0 and 1, not " + rate);
        }
    }

    /** The commission on {@code amount}, to the fen, half a fen rounded up. */
    public Money commissionOn(Money amount) {
        return Money.fen(rate.multiply(BigDecimal.valueOf(amount.fen())).setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }
}
