package com.careflow.domain.engine;

import java.time.Instant;

/**
 * An incident: a task out of retries, a failed expression, an unhandled error. {@code errorType} is the engine's
 * incident type (e.g. {@code failedExternalTask}, {@code failedJob}); {@code errorMessage} the one-line cause;
 * {@code businessKey} that of its instance (the order number of an order's instances). {@code details} is the long
 * form behind the message (a failed job's stack trace, the error details a worker sent with a task's failure): it is
 * only read on request ({@link Incidents#details(String)}), so incidents found by the finders carry {@code null}.
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
        Instant resolvedAt,
        String details) {

    /** An incident without its details (as the finders give them). */
    public Incident(String id, String processInstanceId, String bpmnProcessId, String elementId, String businessKey,
            String errorType, String errorMessage, IncidentState state, Instant createdAt, Instant resolvedAt) {
        this(id, processInstanceId, bpmnProcessId, elementId, businessKey, errorType, errorMessage, state, createdAt,
                resolvedAt, null);
    }

    public Incident withDetails(String details) {
        return new Incident(id, processInstanceId, bpmnProcessId, elementId, businessKey, errorType, errorMessage,
                state, createdAt, resolvedAt, details);
    }

    public boolean isOpen() {
        return state == IncidentState.ACTIVE;
    }
}
