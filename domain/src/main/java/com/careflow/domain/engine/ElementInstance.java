package com.careflow.domain.engine;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One element of a process instance as it ran (a task, an event, a gateway, a subprocess; not the process itself and
 * not sequence flows). {@code elementType} is the engine's BpmnElementType name (SERVICE_TASK, USER_TASK, ...);
 * {@code elementName} the model's name, if any.
 */
@Document("element_instances")
public record ElementInstance(
        @Id long id,
        long processInstanceKey,
        String bpmnProcessId,
        String elementId,
        String elementName,
        String elementType,
        ProcessInstanceState state,
        Instant startedAt,
        Instant endedAt,
        long position) {
}
