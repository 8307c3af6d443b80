package com.careflow.payment;

/**
 * A card payment provider. Implementations must honour the idempotency key of {@link ChargeRequest} and
 * {@link RefundRequest} like real gateways do (Stripe's Idempotency-Key, Alipay's out_trade_no / out_request_no):
 * a repeated key returns the first result and never charges or refunds twice. Technical trouble (unreachable,
 * timeout) is a {@link PaymentGatewayException}; a refused card is not an exception but a declined
 * {@link ChargeResult}.
 */
public interface PaymentGateway {

    ChargeResult charge(ChargeRequest request);

    /** Pays an approved charge back in full. */
    RefundResult refund(RefundRequest request);
}
