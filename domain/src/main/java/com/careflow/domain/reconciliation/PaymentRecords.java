package com.careflow.domain.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * The payment records a reconciliation reads, implemented by the module that owns them (the payment worker). Only
 * charges that went through count: approved ones, and those refunded since; declined attempts moved no money.
 */
public interface PaymentRecords {

    /** Charges made or paid back in {@code [from, to)}. */
    List<PaymentRecord> chargedOrRefundedBetween(Instant from, Instant to);

    /** Every charge of the order that went through. */
    List<PaymentRecord> chargesOf(String orderNumber);
}
