package com.careflow.search;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.search.SearchOutbox;
import com.careflow.search.ReindexProgress.State;

import jakarta.annotation.PreDestroy;

/**
 * The operator's full reindex: type after type, a fresh index built from MongoDB and swapped in. Runs on its own
 * thread, one at a time; the progress is kept in memory (per application, as the operations page shows it).
 */
@Component
class FullReindex implements Reindexing {

    private static final Logger log = LoggerFactory.getLogger(FullReindex.class);

    private final IndexBuilder builder;
    private final IndexGuard guard;
    private final SearchIndices indices;
    private final IndexDefinitions definitions;
    private final SearchOutbox outbox;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("search-reindex").factory());
    private ReindexProgress progress = new ReindexProgress(State.IDLE, null, null, Map.of(), Map.of(), null);

    FullReindex(IndexBuilder builder, IndexGuard guard, SearchIndices indices, IndexDefinitions definitions,
            SearchOutbox outbox, Clock clock) {
        this.builder = builder;
        this.guard = guard;
        this.indices = indices;
        this.definitions = definitions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public synchronized ReindexProgress start(String requestedBy) {
        if (progress.state() == State.RUNNING) {
            return progress;
        }
        log.info("reindex of all search indices requested by {}", requestedBy);
        progress = new ReindexProgress(State.RUNNING, clock.instant(), null, zeros(), zeros(), null);
        executor.execute(this::run);
        return progress;
    }

    @Override
    public synchronized ReindexProgress progress() {
        return progress;
    }

    @Override
    public List<IndexStatus> indices() {
        return Arrays.stream(SearchType.values()).map(this::status).toList();
    }

    @Override
    public long pendingChanges() {
        return outbox.pending();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private void run() {
        try {
            BuildProgress tracker = new Tracker();
            for (SearchType type : SearchType.values()) {
                guard.building(() -> builder.rebuild(type, tracker));
            }
            finish(State.DONE, null);
            log.info("reindex done: {}", progress().done());
        } catch (RuntimeException e) {
            String error = Elastic.describe(e);
            finish(State.FAILED, error);
            log.warn("reindex failed, the aliases still point at complete indices: {}", error, e);
        }
    }

    private synchronized void finish(State state, String error) {
        progress = new ReindexProgress(state, progress.startedAt(), clock.instant(), progress.done(),
                progress.total(), error);
    }

    private IndexStatus status(SearchType type) {
        String alias = definitions.of(type).alias();
        List<String> targets = indices.targets(alias);
        if (targets.isEmpty()) {
            return new IndexStatus(type, alias, null, 0, 0);
        }
        String index = targets.get(0);
        return new IndexStatus(type, alias, index, indices.mappingVersion(index), indices.count(index));
    }

    private static Map<SearchType, Long> zeros() {
        Map<SearchType, Long> zeros = new EnumMap<>(SearchType.class);
        for (SearchType type : SearchType.values()) {
            zeros.put(type, 0L);
        }
        return Collections.unmodifiableMap(zeros);
    }

    /** Copies each update into a new progress record, so readers always see a consistent one. */
    private final class Tracker implements BuildProgress {

        @Override
        public void total(SearchType type, long total) {
            synchronized (FullReindex.this) {
                progress = new ReindexProgress(progress.state(), progress.startedAt(), null, progress.done(),
                        with(progress.total(), type, total), null);
            }
        }

        @Override
        public void done(SearchType type, long done) {
            synchronized (FullReindex.this) {
                progress = new ReindexProgress(progress.state(), progress.startedAt(), null,
                        with(progress.done(), type, done), progress.total(), null);
            }
        }

        private static Map<SearchType, Long> with(Map<SearchType, Long> values, SearchType type, long value) {
            Map<SearchType, Long> copy = new EnumMap<>(values);
            copy.put(type, value);
            return Collections.unmodifiableMap(copy);
        }
    }
}
