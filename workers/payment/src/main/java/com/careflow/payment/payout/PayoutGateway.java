package com.careflow.payment.payout;

/**
 * The bank transfer to a provider. Implementations honour the idempotency key of {@link TransferRequest} (the
 * statement id) like real payout APIs do: a repeated key answers the first transfer and never pays twice. Technical
 * trouble (a processing error, no answer in time) is a {@link PayoutGatewayException}; the transfer may have gone
 * through, so it is retried with the same key.
 */
public interface PayoutGateway {

    TransferResult transfer(TransferRequest request);

    /** What the bank finally made of an accepted transfer: confirmed, or returned (e.g. the account was closed). */
    TransferState state(String idempotencyKey);
}
