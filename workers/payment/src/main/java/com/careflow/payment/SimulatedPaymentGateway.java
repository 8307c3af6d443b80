package com.careflow.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The built-in gateway ({@code careflow.payment.gateway=simulated}): decides by the configured decline rules
 * and keeps its "bank" ledgers in the {@code gateway_charges} and {@code gateway_refunds} collections, one
 * document per idempotency key.
 * The document is inserted, never upserted, so of two concurrent requests with one key only one charges;
 * the other gets the first result back.
 */
@Component
@ConditionalOnProperty(name = "careflow.payment.gateway", havingValue = "simulated", matchIfMissing = true)
class SimulatedPaymentGateway implements PaymentGateway {

    static final String CARD_DECLINED = "card_declined";
    static final String INSUFFICIENT_FUNDS = "insufficient_funds";
    static final String AMOUNT_OVER_LIMIT = "amount_over_limit";

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
            return replay(earlier, request);
        }
        if (rules.failingCards().contains(request.cardLast4())) {
            throw new PaymentGatewayException(
                    "payment gateway processing error for card ending " + request.cardLast4());
        }
        ChargeResult result;
        try {
            result = mongo.insert(GatewayCharge.of(request, decide(request))).result();
        } catch (DuplicateKeyException concurrentTwin) {
            return replay(mongo.findById(request.idempotencyKey(), GatewayCharge.class), request);
        }
        if (rules.lostResponseCards().contains(request.cardLast4())) {
            // The bank charged but its answer never arrived: only the idempotency key keeps the retry from
            // charging the customer a second time.
            throw new PaymentGatewayException("no answer from the payment gateway for card ending "
                    + request.cardLast4() + " (the charge may have gone through); retrying with the same key");
        }
        return result;
    }

    /**
     * Refunds an approved charge of this ledger in full, once per key. Refunding a charge the ledger does not hold
     * as approved is refused (no retry can fix it).
     */
    @Override
    public RefundResult refund(RefundRequest request) {
        GatewayRefund earlier = mongo.findById(request.idempotencyKey(), GatewayRefund.class);
        if (earlier != null) {
            return replay(earlier, request);
        }
        GatewayCharge charge = refundableCharge(request);
        if (rules.failingRefundCards().contains(charge.cardLast4())) {
            throw new PaymentGatewayException("payment gateway refund error for card ending " + charge.cardLast4());
        }
        RefundResult result = new RefundResult("sim_re_" + UUID.randomUUID().toString().replace("-", ""), now());
        try {
            return mongo.insert(GatewayRefund.of(request, result)).result();
        } catch (DuplicateKeyException concurrentTwin) {
            return replay(mongo.findById(request.idempotencyKey(), GatewayRefund.class), request);
        }
    }

    private GatewayCharge refundableCharge(RefundRequest request) {
        GatewayCharge charge = mongo.findOne(Query.query(Criteria.where("result.paymentId").is(request.paymentId())),
                GatewayCharge.class);
        if (charge == null || !charge.result().approved()) {
            throw new InvalidChargeException("payment " + request.paymentId() + " is not an approved charge");
        }
        if (charge.amount().compareTo(request.amount()) < 0) {
            throw new InvalidChargeException("refund of " + request.amount() + " CNY exceeds the charge of "
                    + charge.amount() + " CNY");
        }
        return charge;
    }

    private RefundResult replay(GatewayRefund earlier, RefundRequest request) {
        RefundResult first = earlier.replay(request);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(earlier.id())), new Update().inc("replays", 1),
                GatewayRefund.class);
        return first;
    }

    /** Answers a repeated key with the first result and counts the replay, as real gateways report one. */
    private ChargeResult replay(GatewayCharge earlier, ChargeRequest request) {
        ChargeResult first = earlier.replay(request);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(earlier.id())), new Update().inc("replays", 1),
                GatewayCharge.class);
        return first;
    }

    private ChargeResult decide(ChargeRequest request) {
        Instant now = now();
        String paymentId = "sim_" + UUID.randomUUID().toString().replace("-", "");
        String cardDecline = rules.declinedCards().get(request.cardLast4());
        if (cardDecline != null) {
            return ChargeResult.declined(paymentId, cardDecline, gatewayMessage(cardDecline), now);
        }
        if (request.amount().compareTo(rules.maxAmount()) > 0) {
            return ChargeResult.declined(paymentId, AMOUNT_OVER_LIMIT, gatewayMessage(AMOUNT_OVER_LIMIT), now);
        }
        return ChargeResult.approved(paymentId, now);
    }

    /** Millisecond precision: what Mongo keeps, so a replayed result equals the first one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** What the gateway itself says, in English as gateways do; customers read {@link DeclineReasons} instead. */
    private static String gatewayMessage(String code) {
        return switch (code) {
            case CARD_DECLINED -> "Card declined by the issuing bank";
            case INSUFFICIENT_FUNDS -> "Insufficient funds";
            case AMOUNT_OVER_LIMIT -> "Amount exceeds the card limit";
            default -> "Declined (" + code + ")";
        };
    }
}
