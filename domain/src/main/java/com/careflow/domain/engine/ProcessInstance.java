package com.careflow.domain.engine;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A process instance as exported. {@code parentProcessInstanceKey} is -1 for a top-level instance (a call
 * activity's child points at its caller). {@code variables} holds only the variables of interest the exporter is
 * configured with (e.g. orderNumber, contentId, applicationId), at the instance's own scope, as JSON-decoded values.
 */
@Document("process_instances")
public record ProcessInstance(
        @Id long id,
        String bpmnProcessId,
        int version,
        long processDefinitionKey,
        long parentProcessInstanceKey,
        ProcessInstanceState state,
        Instant startedAt,
        Instant endedAt,
        Map<String, Object> variables,
        long position) {
}
