package com.careflow.domain.search;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * "This document changed; bring the index up to date with it." One entry per document (id {@code TYPE:documentId}):
 * a second change before indexing moves {@code changedAt} and counts up {@code revision}, which tells the indexer
 * that what it read is stale. The indexer reads the document's current state, so the entry carries no copy of it.
 * A failed attempt stays, with {@code attempts} and {@code nextAttemptAt}.
 */
@Document("search_outbox")
public record OutboxEntry(@Id String id, Searchable type, String documentId, long revision, Instant changedAt,
        int attempts, Instant nextAttemptAt, String lastError) {

    static String idOf(Searchable type, String documentId) {
        return type + ":" + documentId;
    }
}
