package com.careflow.portal.finance;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.careflow.domain.ledger.Account;
import com.careflow.domain.ledger.AccountKind;
import com.careflow.domain.ledger.Money;

/** One account's balance on the ledger page, in yuan: debit positive, credit negative. Public for the template. */
public record LedgerRow(AccountKind kind, String providerId, BigDecimal yuan) {

    /** The chart's order, providers by id within their payable. */
    static List<LedgerRow> of(Map<Account, Money> balances) {
        return balances.entrySet().stream()
                .map(e -> new LedgerRow(e.getKey().kind(), e.getKey().providerId(), yuan(e.getValue())))
                .sorted(Comparator.comparing(LedgerRow::kind).thenComparing(LedgerRow::providerId,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** The sum of every balance: zero whenever every entry balances. */
    static BigDecimal total(List<LedgerRow> rows) {
        return rows.stream().map(LedgerRow::yuan).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The row's element id on the page, e.g. {@code account-PROVIDER_PAYABLE-p1}. */
    public String id() {
        return "account-" + kind + (providerId == null ? "" : "-" + providerId);
    }

    private static BigDecimal yuan(Money money) {
        return BigDecimal.valueOf(money.fen(), 2);
    }
}
