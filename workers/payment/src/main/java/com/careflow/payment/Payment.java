package com.careflow.payment;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Our record of one charge of an order, written once when the gateway has answered. The id is the
 * idempotency key the gateway was called with, so one order has one payment however often the job runs. A
 * refund (compensation of the charge) turns it REFUNDED with the gateway's refund id.
 */
@Document("payments")
public record Payment(
        @Id String id,
        String orderNumber,
        BigDecimal amount,
        String cardLast4,
        PaymentStatus status,
        String gatewayPaymentId,
        String declineCode,
        String declineReason,
        Instant chargedAt,
        Instant recordedAt,
        String refundId,
        Instant refundedAt) {

    static Payment of(ChargeRequest request, ChargeResult result, Instant recordedAt) {
        return new Payment(request.idempotencyKey(), request.orderNumber(), request.amount(), request.cardLast4(),
                result.approved() ? PaymentStatus.APPROVED : PaymentStatus.DECLINED, result.paymentId(),
                result.declineCode(), result.declineReason(), result.processedAt(), recordedAt, null, null);
    }

    /** This payment, paid back. Everything comes from the gateway's ledger, so concurrent writers agree. */
    Payment refunded(RefundResult refund) {
        return new Payment(id, orderNumber, amount, cardLast4, PaymentStatus.REFUNDED, gatewayPaymentId, declineCode,
                declineReason, chargedAt, recordedAt, refund.refundId(), refund.processedAt());
    }
}
