package com.careflow.domain.engine;

import java.time.Instant;

/**
 * A process instance. {@code parentId} is null for a top-level instance (a call activity's child points at its
 * caller's instance); {@code businessKey} is the id of what it is about, inherited by called instances.
 */
public record ProcessInstance(
        String id,
        String bpmnProcessId,
        int version,
        String parentId,
        String businessKey,
        ProcessInstanceState state,
        Instant startedAt,
        Instant endedAt) {
}
