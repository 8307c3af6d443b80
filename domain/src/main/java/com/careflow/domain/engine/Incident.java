package com.careflow.domain.engine;

import java.time.Instant;

/**
 * An incident: a task out of retries, a failed expression, an unhandled error. {@code errorType} is the engine's
 * incident type (e.g. {@code failedExternalTask}, {@code failedJob}); {@code errorMessage} the one-line cause;
 * {@code businessKey} that of its instance (the order number of an order's instances).
 */
public record Incident(
        String id,
        String processInstanceId,
        String bpmnProcessId,
        String elementId,
        String businessKey,
        String errorType,
        String errorMessage,
        IncidentState state,
        Instant createdAt,
        Instant resolvedAt) {

    public boolean isOpen() {
        return state == IncidentState.ACTIVE;
    }
}
