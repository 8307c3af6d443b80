package com.careflow.payment.payout;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import org.bson.Document;

/**
 * The built-in payout gateway ({@code careflow.payout.gateway=simulated}): answers by the test accounts of
 * {@link SimulatedPayoutProperties} and keeps its "bank" ledger in {@code gateway_transfers}, one document per
 * idempotency key, inserted (never upserted) so of two concurrent requests with one key only one pays. Attempts
 * per key are counted in {@code gateway_transfer_attempts}, so a flaky account fails exactly the first one.
 */
@Component
@ConditionalOnProperty(name = "careflow.payout.gateway", havingValue = "simulated", matchIfMissing = true)
class SimulatedPayoutGateway implements PayoutGateway {

    private static final String ATTEMPTS = "gateway_transfer_attempts";

    private final MongoOperations mongo;
    private final SimulatedPayoutProperties accounts;
    private final Clock clock;

    SimulatedPayoutGateway(MongoOperations mongo, SimulatedPayoutProperties accounts, Clock clock) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public TransferResult transfer(TransferRequest request) {
        GatewayTransfer earlier = mongo.findById(request.idempotencyKey(), GatewayTransfer.class);
        if (earlier != null) {
            return replay(earlier, request);
        }
        int attempt = countAttempt(request.idempotencyKey());
        String payee = request.providerId();
        if (accounts.failingPayees().contains(payee) || (accounts.flakyPayees().contains(payee) && attempt == 1)) {
            throw new PayoutGatewayException("payout gateway processing error for provider " + payee
                    + " (attempt " + attempt + ")");
        }
        TransferResult result = new TransferResult("sim_tr_" + UUID.randomUUID().toString().replace("-", ""),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            mongo.insert(GatewayTransfer.of(request, result));
        } catch (DuplicateKeyException concurrentTwin) {
            return replay(mongo.findById(request.idempotencyKey(), GatewayTransfer.class), request);
        }
        if (accounts.timeoutPayees().contains(payee) && attempt == 1) {
            throw new PayoutGatewayException("no answer from the payout gateway for provider " + payee
                    + " in time (the transfer may have gone through); retrying with the same key");
        }
        return result;
    }

    @Override
    public TransferState state(String idempotencyKey) {
        GatewayTransfer transfer = mongo.findById(idempotencyKey, GatewayTransfer.class);
        if (transfer == null) {
            throw new IllegalArgumentException("The payout gateway made no transfer under key " + idempotencyKey);
        }
        return accounts.returningPayees().contains(transfer.providerId()) ? TransferState.RETURNED
                : TransferState.CONFIRMED;
    }

    private TransferResult replay(GatewayTransfer earlier, TransferRequest request) {
        TransferResult first = earlier.replay(request);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(earlier.id())), new Update().inc("replays", 1),
                GatewayTransfer.class);
        return first;
    }

    private int countAttempt(String key) {
        Document counted = mongo.findAndModify(Query.query(Criteria.where("_id").is(key)),
                new Update().inc("attempts", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, ATTEMPTS);
        return ((Number) counted.get("attempts")).intValue();
    }
}
