package com.careflow.payment.payout;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One transfer of the simulated payout gateway; the id is the idempotency key it was made with. */
@Document("gateway_transfers")
record GatewayTransfer(@Id String id, String providerId, long fen, TransferResult result, int replays) {

    static GatewayTransfer of(TransferRequest request, TransferResult result) {
        return new GatewayTransfer(request.idempotencyKey(), request.providerId(), request.amount().fen(), result, 0);
    }

    /** The first result again, provided the key is reused for the same transfer. */
    TransferResult replay(TransferRequest request) {
        if (!providerId.equals(request.providerId()) || fen != request.amount().fen()) {
            throw new IllegalArgumentException("Idempotency key " + id + " was used to pay provider " + providerId
                    + " " + fen + " fen; it cannot be reused for a different transfer");
        }
        return result;
    }
}
