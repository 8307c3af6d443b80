package com.careflow.domain.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The changes search has not indexed yet, in MongoDB (collection {@code search_outbox}), so a failed or postponed
 * write to Elasticsearch is retried, never lost. Every JVM that changes a searchable aggregate writes here (the
 * workers too); the search module's indexer drains it.
 */
@Component
public class SearchOutbox {

    private final MongoOperations mongo;
    private final Clock clock;

    SearchOutbox(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records a change: a new entry, or the existing one due again now with its failures forgotten. */
    public void changed(Searchable type, String documentId) {
        Instant now = clock.instant();
        mongo.upsert(query(where("_id").is(OutboxEntry.idOf(type, documentId))),
                new Update().set("type", type).set("documentId", documentId).inc("revision", 1)
                        .set("changedAt", now).set("attempts", 0).set("nextAttemptAt", now).unset("lastError"),
                OutboxEntry.class);
    }

    /** Up to {@code max} entries due at {@code now}, oldest change first. */
    public List<OutboxEntry> due(Instant now, int max) {
        return mongo.find(query(where("nextAttemptAt").lte(now)).with(Sort.by("changedAt")).limit(max),
                OutboxEntry.class);
    }

    /**
     * The entry's change is in the index: removes it, unless the document changed again since it was read (then
     * the newer change stays due). Returns whether it was removed.
     */
    public boolean indexed(OutboxEntry entry) {
        return mongo.remove(query(where("_id").is(entry.id()).and("revision").is(entry.revision())),
                OutboxEntry.class).getDeletedCount() > 0;
    }

    /** The attempt failed: try again at {@code nextAttemptAt}, unless the document changed meanwhile. */
    public void failed(OutboxEntry entry, String error, Instant nextAttemptAt) {
        mongo.updateFirst(query(where("_id").is(entry.id()).and("revision").is(entry.revision())),
                new Update().inc("attempts", 1).set("nextAttemptAt", nextAttemptAt).set("lastError", error),
                OutboxEntry.class);
    }

    public long pending() {
        return mongo.count(new Query(), OutboxEntry.class);
    }
}
