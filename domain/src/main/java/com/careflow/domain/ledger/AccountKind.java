package com.careflow.domain.ledger;

/**
 * The platform's chart of accounts (see {@link Ledger} for how money moves between them). Balances are debit minus
 * credit; the "normal" side says where a healthy balance sits.
 */
public enum AccountKind {

    /** Asset, debit: customers' money received through the payment gateway and not yet paid out or back. */
    CUSTOMER_PAYMENTS_CLEARING,
    /** Liability, credit: paid orders not yet delivered; the platform owes the service or the money back. */
    CUSTOMER_PREPAYMENTS,
    /** Income, credit: the platform's commission on delivered orders. */
    PLATFORM_REVENUE,
    /** Liability, credit, one per provider: what the platform owes a provider for delivered orders. */
    PROVIDER_PAYABLE,
    /** Liability, credit: payouts sent to a provider's bank and not yet confirmed by it. */
    PAYOUTS_IN_TRANSIT,
    /** Contra-income, debit: refunds of delivered orders (after an approved complaint), carried by the platform. */
    REFUNDS
}
