package com.careflow.portal.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.careflow.search.ReindexProgress;
import com.careflow.search.SearchType;

/**
 * The reindex progress as the operations page and its script show it: the state, one row per type with done and
 * total, and the changes waiting in the outbox. Public: the template reads it.
 */
public record ReindexView(String state, Instant startedAt, Instant finishedAt, List<TypeProgress> types,
        String error, long pendingChanges) {

    public record TypeProgress(String type, long done, long total, int percent) {
    }

    static ReindexView of(ReindexProgress progress, long pendingChanges) {
        Map<SearchType, Long> doneByType = progress.done() == null ? Map.of() : progress.done();
        Map<SearchType, Long> totalByType = progress.total() == null ? Map.of() : progress.total();
        List<TypeProgress> types = Arrays.stream(SearchType.values()).map(type -> {
            long done = count(doneByType.get(type));
            long total = count(totalByType.get(type));
            int percent = total == 0 ? (done == 0 ? 0 : 100) : (int) Math.min(100, done * 100 / total);
            return new TypeProgress(type.alias(), done, total, percent);
        }).toList();
        return new ReindexView(progress.state().name(), progress.startedAt(), progress.finishedAt(), types,
                progress.error(), pendingChanges);
    }

    public boolean running() {
        return ReindexProgress.State.RUNNING.name().equals(state);
    }

    private static long count(Long value) {
        return value == null ? 0 : value;
    }
}
