package com.careflow.engine.adapter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The messages sent while no instance waited for them, in the {@code pending_messages} collection: one document per
 * message id ({@code _id}), kept until it expires, delivered or not, so the same id sent again is recognised (the
 * engine itself forgets a message once correlated). A node works on an entry only while it holds its lease
 * ({@code leaseUntil}), taken with one atomic findAndModify, so several engine nodes deliver each message once.
 */
final class PendingMessages {

    static final String COLLECTION = "pending_messages";
    /** Long enough for one correlation; a node that dies mid-way leaves the entry to another after it. */
    static final Duration LEASE = Duration.ofSeconds(30);

    private static final String ID = "_id";
    private static final String MESSAGE = "message";
    private static final String BUSINESS_KEY = "businessKey";
    private static final String VARIABLES = "variables";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String DELIVERED = "delivered";
    private static final String LEASE_UNTIL = "leaseUntil";
    private static final String CREATED_AT = "createdAt";

    private final MongoOperations mongo;
    private final Clock clock;

    PendingMessages(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** One kept message. */
    record Pending(String messageId, String message, String businessKey, Map<String, Object> variables) {
    }

    /**
     * Records the message, leased to the caller, who tries to correlate it right away.
     *
     * @return false when the id is known already (kept or delivered): a repeat to ignore
     */
    boolean add(Pending pending, Duration timeToLive) {
        Instant now = clock.instant();
        Document document = new Document(ID, pending.messageId()).append(MESSAGE, pending.message())
                .append(BUSINESS_KEY, pending.businessKey()).append(VARIABLES, new Document(pending.variables()))
                .append(EXPIRES_AT, Date.from(now.plus(timeToLive))).append(DELIVERED, false)
                .append(LEASE_UNTIL, Date.from(now.plus(LEASE))).append(CREATED_AT, Date.from(now));
        try {
            mongo.insert(document, COLLECTION);
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Takes the lease on the oldest undelivered, unexpired, unleased entry not in {@code skip} (those this pass
     * tried already).
     */
    Optional<Pending> claimNext(Collection<String> skip) {
        Instant now = clock.instant();
        Query query = new Query(Criteria.where(DELIVERED).is(false).and(EXPIRES_AT).gt(Date.from(now))
                .and(LEASE_UNTIL).lte(Date.from(now)).and(ID).nin(skip))
                .with(Sort.by(CREATED_AT, ID));
        Update lease = new Update().set(LEASE_UNTIL, Date.from(now.plus(LEASE)));
        Document claimed = mongo.findAndModify(query, lease, FindAndModifyOptions.options().returnNew(true),
                Document.class, COLLECTION);
        return Optional.ofNullable(claimed).map(PendingMessages::pending);
    }

    void delivered(String messageId) {
        mongo.updateFirst(byId(messageId), new Update().set(DELIVERED, true), COLLECTION);
    }

    /** Gives the lease back: nobody waited yet, the next pass tries again. */
    void release(String messageId) {
        mongo.updateFirst(byId(messageId), new Update().set(LEASE_UNTIL, Date.from(clock.instant())), COLLECTION);
    }

    /** Forgets the message, e.g. when correlating failed for a reason a retry cannot fix. */
    void remove(String messageId) {
        mongo.remove(byId(messageId), COLLECTION);
    }

    /** Forgets every entry of {@code businessKey} (its instances were cancelled). */
    void removeAll(String businessKey) {
        mongo.remove(new Query(Criteria.where(BUSINESS_KEY).is(businessKey)), COLLECTION);
    }

    /**
     * Drops the expired entries: undelivered ones are not delivered any more, delivered ones stop guarding their id
     * (as the old engine's buffer did: after the time to live the same action may be sent again).
     */
    long dropExpired() {
        return mongo.remove(new Query(Criteria.where(EXPIRES_AT).lte(Date.from(clock.instant()))), COLLECTION)
                .getDeletedCount();
    }

    private static Query byId(String messageId) {
        return new Query(Criteria.where(ID).is(messageId));
    }

    private static Pending pending(Document document) {
        Document variables = document.get(VARIABLES, Document.class);
        return new Pending(document.getString(ID), document.getString(MESSAGE), document.getString(BUSINESS_KEY),
                variables == null ? Map.of() : new LinkedHashMap<>(variables));
    }
}
