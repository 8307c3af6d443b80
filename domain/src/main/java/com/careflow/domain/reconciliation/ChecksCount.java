package com.careflow.domain.reconciliation;

/**
 * How much a reconciliation looked at: the orders touched that day (paid, charged, refunded or posted), the
 * gateway's charge records of those orders, the ledger entries compared, and the statements paid or posted.
 */
public record ChecksCount(int orders, int charges, int ledgerEntries, int statements) {
}
