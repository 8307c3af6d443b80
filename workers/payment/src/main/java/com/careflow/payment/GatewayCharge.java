package com.careflow.payment;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry of the simulated gateway's ledger; the id is the idempotency key the charge was made with. */
@Document("gateway_charges")
record GatewayCharge(@Id String id, String orderNumber, BigDecimal amount, String cardLast4, ChargeResult result,
        int replays) {

    static GatewayCharge of(ChargeRequest request, ChargeResult result) {
        return new GatewayCharge(request.idempotencyKey(), request.orderNumber(), request.amount(),
                request.cardLast4(), result, 0);
    }

    /** The first result again, provided the key is reused for the same charge (as Stripe insists too). */
    ChargeResult replay(ChargeRequest request) {
        if (!orderNumber.equals(request.orderNumber()) || amount.compareTo(request.amount()) != 0
                || !cardLast4.equals(request.cardLast4())) {
            throw new InvalidChargeException("Idempotency key " + id + " was used for order " + orderNumber
                    + " (" + amount + " CNY, card ending " + cardLast4
                    + "); it cannot be reused for a different charge");
        }
        return result;
    }
}
