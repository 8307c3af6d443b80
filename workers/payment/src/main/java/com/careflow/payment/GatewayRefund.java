package com.careflow.payment;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One refund in the simulated gateway's ledger; the id is the idempotency key it was made with. */
@Document("gateway_refunds")
record GatewayRefund(@Id String id, String orderNumber, String paymentId, BigDecimal amount, RefundResult result,
        int replays) {

    static GatewayRefund of(RefundRequest request, RefundResult result) {
        return new GatewayRefund(request.idempotencyKey(), request.orderNumber(), request.paymentId(),
                request.amount(), result, 0);
    }

    /** The first result again, provided the key is reused for the same refund. */
    RefundResult replay(RefundRequest request) {
        if (!paymentId.equals(request.paymentId()) || amount.compareTo(request.amount()) != 0) {
            throw new InvalidChargeException("Idempotency key " + id + " was used to refund " + amount
                    + " CNY of payment " + paymentId + "; it cannot be reused for a different refund");
        }
        return result;
    }
}
