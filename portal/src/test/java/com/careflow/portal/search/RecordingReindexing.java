package com.careflow.portal.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.careflow.search.IndexStatus;
import com.careflow.search.ReindexProgress;
import com.careflow.search.ReindexProgress.State;
import com.careflow.search.Reindexing;
import com.careflow.search.SearchType;

/**
 * The reindex for the web slices: records who started one and reports the progress, indices and waiting changes
 * the test set. A start while idle moves to RUNNING, as the real one does.
 */
public class RecordingReindexing implements Reindexing {

    static final ReindexProgress IDLE = new ReindexProgress(State.IDLE, null, null, Map.of(), Map.of(), null);

    private final List<String> starts = new ArrayList<>();
    private ReindexProgress progress = IDLE;
    private List<IndexStatus> indices = noIndices();
    private long pending;
    private RuntimeException indicesFailure;

    @Override
    public synchronized ReindexProgress start(String requestedBy) {
        starts.add(requestedBy);
        if (progress.state() != State.RUNNING) {
            progress = new ReindexProgress(State.RUNNING, Instant.now(), null, Map.of(), Map.of(), null);
        }
        return progress;
    }

    @Override
    public synchronized ReindexProgress progress() {
        return progress;
    }

    @Override
    public synchronized List<IndexStatus> indices() {
        if (indicesFailure != null) {
            throw indicesFailure;
        }
        return indices;
    }

    @Override
    public synchronized long pendingChanges() {
        return pending;
    }

    public synchronized void progress(ReindexProgress progress) {
        this.progress = progress;
    }

    public synchronized void indices(List<IndexStatus> indices) {
        this.indices = List.copyOf(indices);
    }

    public synchronized void pending(long pending) {
        this.pending = pending;
    }

    public synchronized void failIndicesWith(RuntimeException failure) {
        this.indicesFailure = failure;
    }

    public synchronized List<String> starts() {
        return List.copyOf(starts);
    }

    public synchronized void reset() {
        starts.clear();
        progress = IDLE;
        indices = noIndices();
        pending = 0;
        indicesFailure = null;
    }

    private static List<IndexStatus> noIndices() {
        return Arrays.stream(SearchType.values())
                .map(type -> new IndexStatus(type, "careflow-" + type.alias(), null, 0, 0)).toList();
    }
}
