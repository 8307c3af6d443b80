package com.careflow.search;

/**
 * The full reindex: rebuilds every index from MongoDB into fresh indices and swaps the aliases when complete, so
 * searches keep working throughout. One at a time per application.
 */
public interface Reindexing {

    /** Starts a reindex in the background unless one is running; returns the progress right after. */
    ReindexProgress start(String requestedBy);

    ReindexProgress progress();

    /** Each alias and its index; empty values (index null, 0 documents) for a type not created yet. */
    java.util.List<IndexStatus> indices();

    /** Changes waiting in the search outbox (not yet in Elasticsearch), for the operations page. */
    long pendingChanges();
}
