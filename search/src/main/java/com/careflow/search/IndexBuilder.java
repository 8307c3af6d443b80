package com.careflow.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds a type's index from MongoDB into a fresh physical index and only then points the alias at it, so
 * searches see the old index until the new one is complete; a failed build leaves the alias where it was.
 */
@Component
class IndexBuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

    private final IndexDefinitions definitions;
    private final IndexedTypes types;
    private final SearchIndices indices;
    private final BulkWriter writer;
    private final int batchSize;

    IndexBuilder(IndexDefinitions definitions, IndexedTypes types, SearchIndices indices, BulkWriter writer,
            SearchProperties properties) {
        this.definitions = definitions;
        this.types = types;
        this.indices = indices;
        this.writer = writer;
        this.batchSize = properties.reindex().batchSize();
    }

    /** Builds, swaps the alias, deletes the previous index; answers the new index's name. */
    String rebuild(SearchType type, BuildProgress progress) {
        IndexDefinition definition = definitions.of(type);
        List<String> previous = indices.targets(definition.alias());
        String index = indices.create(definition);
        try {
            indices.bulkMode(index, true);
            fill(types.of(type), index, progress);
            indices.bulkMode(index, false);
            indices.refresh(index);
            indices.swap(definition.alias(), previous, index);
        } catch (RuntimeException e) {
            deleteQuietly(index);
            throw e;
        }
        log.info("search alias {} now points at {} (was {})", definition.alias(), index,
                previous.isEmpty() ? "missing" : String.join(", ", previous));
        previous.forEach(this::deleteQuietly);
        return index;
    }

    private <D extends IndexDocument> void fill(IndexedType<D> type, String index, BuildProgress progress) {
        long total = type.candidates();
        progress.total(type.type(), total);
        long done = 0;
        try (Stream<Optional<D>> all = type.all()) {
            Iterator<Optional<D>> candidates = all.iterator();
            while (candidates.hasNext()) {
                List<BulkWriter.Change> batch = new ArrayList<>(batchSize);
                int read = 0;
                while (candidates.hasNext() && read < batchSize) {
                    candidates.next().ifPresent(d -> batch.add(new BulkWriter.Change(index, d.id(), d)));
                    read++;
                }
                requireWritten(batch, writer.write(batch), index);
                done += read;
                progress.done(type.type(), done);
                log.info("reindex {} {}/{}", type.type().alias(), done, total);
            }
        }
    }

    /** A build must be complete: one document it cannot write fails it (the alias stays on the old index). */
    private static void requireWritten(List<BulkWriter.Change> batch, List<String> errors, String index) {
        for (int i = 0; i < errors.size(); i++) {
            if (errors.get(i) != null) {
                throw new IllegalStateException("could not write document " + batch.get(i).id() + " to " + index
                        + ": " + errors.get(i));
            }
        }
    }

    /** Cleanup only: a leftover index wastes space but breaks nothing, and the cause matters more. */
    private void deleteQuietly(String index) {
        try {
            indices.delete(index);
        } catch (RuntimeException e) {
            log.warn("could not delete search index {}: {}", index, Elastic.describe(e));
        }
    }
}
