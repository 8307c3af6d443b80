package com.careflow.search;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.careflow.domain.search.SearchOutbox;

/** Waits until every change in the outbox is in the index and searchable (refreshed), as a user would. */
@Component
class Indexing {

    private final IndexStartup startup;
    private final SearchOutbox outbox;
    private final SearchIndices indices;
    private final SearchProperties properties;

    Indexing(IndexStartup startup, SearchOutbox outbox, SearchIndices indices, SearchProperties properties) {
        this.startup = startup;
        this.outbox = outbox;
        this.indices = indices;
        this.properties = properties;
    }

    void awaitIndexed() {
        await().atMost(Duration.ofSeconds(60)).until(startup::isReady);
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.pending() == 0);
        for (SearchType type : SearchType.values()) {
            indices.refresh(properties.alias(type));
        }
    }
}
