package com.careflow.search;

import java.time.Instant;
import java.util.Map;

/**
 * Where the last (or running) full reindex is. {@code done} and {@code total} per type; {@code error} set when it
 * failed (the alias then still points at the previous, complete index).
 */
public record ReindexProgress(State state, Instant startedAt, Instant finishedAt, Map<SearchType, Long> done,
        Map<SearchType, Long> total, String error) {

    public enum State { IDLE, RUNNING, DONE, FAILED }
}
