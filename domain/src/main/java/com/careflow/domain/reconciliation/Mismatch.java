package com.careflow.domain.reconciliation;

import com.careflow.domain.ledger.Money;

/**
 * One thing out of line: its kind, what it is about ({@code subject}: the order number or statement id), the record
 * it concerns ({@code reference}: the ledger entry id, the gateway's charge id…), what was expected and what was
 * found (either may be null when the kind has no amount on that side).
 */
public record Mismatch(MismatchKind kind, String subject, String reference, Money expected, Money actual) {

    public Mismatch {
        if (kind == null || subject == null) {
            throw new IllegalArgumentException("A mismatch needs a kind and what it is about");
        }
    }
}
