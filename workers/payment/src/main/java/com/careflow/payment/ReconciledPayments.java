package com.careflow.payment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import com.careflow.domain.ledger.Money;
import com.careflow.domain.reconciliation.PaymentRecord;
import com.careflow.domain.reconciliation.PaymentRecords;

/**
 * Our payment records as the daily reconciliation reads them: the charges that went through (approved, or refunded
 * since), each with the ledger entry it is posted as. The payment id is {@code order-charge:<order>[:<attempt>]}
 * and its ledger entry {@code charge:<order>[:<attempt>]} (see {@link OrderCharger}), so one maps onto the other.
 */
@Component
class ReconciledPayments implements PaymentRecords {

    private static final List<PaymentStatus> WENT_THROUGH = List.of(PaymentStatus.APPROVED, PaymentStatus.REFUNDED);

    private final Payments payments;
    private final MongoOperations mongo;

    ReconciledPayments(Payments payments, MongoOperations mongo) {
        this.payments = payments;
        this.mongo = mongo;
    }

    @Override
    public List<PaymentRecord> chargedOrRefundedBetween(Instant from, Instant to) {
        Criteria touched = new Criteria().orOperator(where("chargedAt").gte(from).lt(to),
                where("refundedAt").gte(from).lt(to));
        return mongo.find(query(where("status").in(WENT_THROUGH).andOperator(touched)), Payment.class).stream()
                .map(ReconciledPayments::record).toList();
    }

    @Override
    public List<PaymentRecord> chargesOf(String orderNumber) {
        return payments.findByOrderNumber(orderNumber).stream().filter(p -> WENT_THROUGH.contains(p.status()))
                .map(ReconciledPayments::record).toList();
    }

    private static PaymentRecord record(Payment payment) {
        String key = payment.id();
        String ledgerEntry = "charge:" + (key.startsWith(ChargeRequest.ORDER_KEY_PREFIX)
                ? key.substring(ChargeRequest.ORDER_KEY_PREFIX.length()) : payment.orderNumber());
        return new PaymentRecord(payment.id(), ledgerEntry, payment.orderNumber(), Money.yuan(payment.amount()),
                payment.chargedAt(), payment.status() == PaymentStatus.REFUNDED ? payment.refundedAt() : null);
    }
}
