package com.careflow.payment;

/**
 * A card payment provider. Implementations must honour {@link ChargeRequest#idempotencyKey()} like real
 * gateways do (Stripe's Idempotency-Key, Alipay's out_trade_no): a repeated key returns the first result and
 * never charges twice. Technical trouble (unreachable, timeout) is a {@link PaymentGatewayException}; a
 * refused card is not an exception but a declined {@link ChargeResult}.
 */
public interface PaymentGateway {

    ChargeResult charge(ChargeRequest request);
}
