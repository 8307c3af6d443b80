package com.careflow.domain.reconciliation;

/**
 * What a reconciliation found out of line between orders, the gateway's payment records, the ledger and settlement
 * statements. Each kind is explained to people by {@code reconciliation/mismatches*.properties} (key = the name), with
 * the order or statement, the charge, refund or ledger entry, and the amounts of the {@link Mismatch}.
 */
public enum MismatchKind {
    /** The order is paid, but the ledger has no charge entry for it. */
    PAID_ORDER_WITHOUT_CHARGE,
    /** The order is paid, but no approved charge of it is recorded from the gateway. */
    PAID_ORDER_WITHOUT_PAYMENT,
    /** A charge (the gateway's record or a ledger entry) for an order that does not exist. */
    CHARGE_WITHOUT_ORDER,
    /** The gateway's approved charge is not posted in the ledger (and the order does not say it is paid). */
    CHARGE_NOT_POSTED,
    /** A ledger charge entry with no charge recorded from the gateway. */
    CHARGE_WITHOUT_PAYMENT,
    /** The gateway charged another amount than the order's. */
    CHARGE_AMOUNT_DIFFERS,
    /** The ledger's charge entry carries another amount than the gateway charged (or the order's, without a record). */
    POSTED_AMOUNT_DIFFERS,
    /** The gateway paid the charge back, but the ledger has no refund entry. */
    REFUND_NOT_POSTED,
    /** The ledger's refund entry carries another amount than the gateway paid back. */
    REFUND_AMOUNT_DIFFERS,
    /** A statement is paid, but the ledger has no payout entry for it. */
    PAYOUT_NOT_POSTED,
    /** A ledger payout entry names a statement that does not exist. */
    PAYOUT_WITHOUT_STATEMENT,
    /** The ledger's payout carries another amount than the statement's net. */
    PAYOUT_AMOUNT_DIFFERS,
    /** A payout is posted for a statement that was never paid (rejected, waiting for approval…). */
    PAYOUT_OF_UNPAID_STATEMENT
}
