package com.careflow.domain.payout;

import java.math.BigDecimal;
import java.time.Instant;

import com.careflow.domain.ledger.Money;

/**
 * One completed order on a statement, as its completion entry in the ledger split it: the gross the customer paid,
 * the platform's commission at {@code rate} (set by decision {@code decision}, e.g. {@code commission@3}) and the
 * provider's net.
 */
public record StatementLine(String orderNumber, Instant completedAt, Money gross, Money commission, Money net,
        BigDecimal rate, String decision) {
}
