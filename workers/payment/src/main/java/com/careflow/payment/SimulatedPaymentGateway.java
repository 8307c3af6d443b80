package com.careflow.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The built-in gateway ({@code careflow.payment.gateway=simulated}): decides by the configured decline rules
 * and keeps its "bank" ledger in the {@code gateway_charges} collection, one document per idempotency key.
 * The document is inserted, never upserted, so of two concurrent requests with one key only one charges;
 * the other gets the first result back.
 */
@Component
@ConditionalOnProperty(name = "careflow.payment.gateway", havingValue = "simulated", matchIfMissing = true)
class SimulatedPaymentGateway implements PaymentGateway {

    private final MongoOperations mongo;
    private final SimulatedGatewayProperties rules;
    private final Clock clock;

    SimulatedPaymentGateway(MongoOperations mongo, SimulatedGatewayProperties rules, Clock clock) {
        this.mongo = mongo;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public ChargeResult charge(ChargeRequest request) {
        GatewayCharge earlier = mongo.findById(request.idempotencyKey(), GatewayCharge.class);
        if (earlier != null) {
            return earlier.replay(request);
        }
        if (rules.failingCards().contains(request.cardLast4())) {
            throw new PaymentGatewayException(
                    "payment gateway processing error for card ending " + request.cardLast4());
        }
        try {
            return mongo.insert(GatewayCharge.of(request, decide(request))).result();
        } catch (DuplicateKeyException concurrentTwin) {
            return mongo.findById(request.idempotencyKey(), GatewayCharge.class).replay(request);
        }
    }

    private ChargeResult decide(ChargeRequest request) {
        // Millisecond precision: what Mongo keeps, so a replayed result equals the first one.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String paymentId = "sim_" + UUID.randomUUID().toString().replace("-", "");
        String cardReason = rules.declinedCards().get(request.cardLast4());
        if (cardReason != null) {
            return ChargeResult.declined(paymentId, "card_declined", cardReason, now);
        }
        if (request.amount().compareTo(rules.maxAmount()) > 0) {
            return ChargeResult.declined(paymentId, "amount_over_limit", "Amount exceeds the card limit", now);
        }
        return ChargeResult.approved(paymentId, now);
    }
}
