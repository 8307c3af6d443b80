package com.careflow.domain.engine;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An incident as exported: a job out of retries, a failed expression, an unhandled error. {@code jobKey} is -1 when
 * no job is involved. {@code errorType} is the engine's ErrorType name.
 */
@Document("incidents")
public record Incident(
        @Id long id,
        long processInstanceKey,
        String bpmnProcessId,
        String elementId,
        long elementInstanceKey,
        long jobKey,
        String errorType,
        String errorMessage,
        IncidentState state,
        Instant createdAt,
        Instant resolvedAt,
        long position) {

    public boolean isOpen() {
        return state == IncidentState.ACTIVE;
    }
}
