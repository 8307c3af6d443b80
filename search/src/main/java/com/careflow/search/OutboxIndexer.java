package com.careflow.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import com.careflow.domain.search.OutboxEntry;
import com.careflow.domain.search.SearchOutbox;
import com.careflow.domain.search.Searchable;

/**
 * Drains the search outbox into Elasticsearch: reads each changed document's CURRENT state from MongoDB and writes
 * it (or its removal) in bulk. An entry leaves the outbox only once its write succeeded; a failed one is retried
 * with exponential backoff, so an Elasticsearch outage delays search but loses nothing.
 */
@Component
class OutboxIndexer implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxIndexer.class);
    /** 2^30 times any sensible minimum is past any sensible maximum; the cap keeps the shift from overflowing. */
    private static final int MAX_DOUBLINGS = 30;

    private final SearchOutbox outbox;
    private final IndexedTypes types;
    private final BulkWriter writer;
    private final IndexStartup startup;
    private final IndexGuard guard;
    private final SearchProperties properties;
    private final Clock clock;
    private final OutageLog outage = new OutageLog();

    OutboxIndexer(SearchOutbox outbox, IndexedTypes types, BulkWriter writer, IndexStartup startup, IndexGuard guard,
            SearchProperties properties, Clock clock) {
        this.outbox = outbox;
        this.types = types;
        this.writer = writer;
        this.startup = startup;
        this.guard = guard;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.indexer().enabled()) {
            registrar.addFixedDelayTask(this::poll, properties.indexer().pollInterval());
        }
    }

    /** One scheduled round: nothing until the indices exist, and nothing while this JVM builds an index. */
    void poll() {
        if (startup.isReady()) {
            guard.unlessBuilding(this::drain);
        }
    }

    /** Batches until the due changes are done or a batch fails (the next round retries). */
    private void drain() {
        try {
            while (indexBatch()) {
                // full batch written: more may be due
            }
        } catch (RuntimeException e) {
            // MongoDB itself failing: nothing can be marked, the entries stay due
            outage.failed("an unknown number of", Elastic.describe(e));
        }
    }

    /** Answers whether a full batch was written (so another may be due). */
    private boolean indexBatch() {
        Instant now = clock.instant();
        int batchSize = properties.indexer().batchSize();
        List<OutboxEntry> due = outbox.due(now, batchSize);
        if (due.isEmpty()) {
            return false;
        }
        List<String> errors;
        try {
            errors = writer.write(changes(due));
        } catch (RuntimeException e) {
            String cause = Elastic.describe(e);
            due.forEach(entry -> outbox.failed(entry, cause, nextAttempt(entry, now)));
            outage.failed(String.valueOf(outbox.pending()), cause);
            return false;
        }
        boolean allWritten = true;
        for (int i = 0; i < due.size(); i++) {
            OutboxEntry entry = due.get(i);
            if (errors.get(i) == null) {
                outbox.indexed(entry);
            } else {
                allWritten = false;
                outbox.failed(entry, errors.get(i), nextAttempt(entry, now));
                if (entry.attempts() == 0) {
                    // Elasticsearch is up but refuses this document: a mapping problem worth a line per document
                    log.warn("search index refused {}: {}", entry.id(), errors.get(i));
                }
            }
        }
        outage.succeeded();
        return allWritten && due.size() == batchSize;
    }

    /** The batch's documents as MongoDB has them now: one read per type, not one per entry. */
    private List<BulkWriter.Change> changes(List<OutboxEntry> due) {
        Map<Searchable, Map<String, ? extends IndexDocument>> current = new EnumMap<>(Searchable.class);
        due.stream().collect(Collectors.groupingBy(OutboxEntry::type,
                        Collectors.mapping(OutboxEntry::documentId, Collectors.toSet())))
                .forEach((type, ids) -> current.put(type, types.of(type).documents(ids)));
        return due.stream().map(entry -> new BulkWriter.Change(properties.alias(types.of(entry.type()).type()),
                entry.documentId(), current.get(entry.type()).get(entry.documentId()))).toList();
    }

    /** backoffMin·2^attempts, at most backoffMax. */
    Instant nextAttempt(OutboxEntry entry, Instant now) {
        SearchProperties.Indexer indexer = properties.indexer();
        Duration delay = indexer.backoffMin().multipliedBy(1L << Math.min(entry.attempts(), MAX_DOUBLINGS));
        return now.plus(delay.compareTo(indexer.backoffMax()) > 0 ? indexer.backoffMax() : delay);
    }
}
