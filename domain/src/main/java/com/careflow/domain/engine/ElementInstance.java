package com.careflow.domain.engine;

import java.time.Instant;

/**
 * One element of a process instance as it ran (a task, an event, a gateway, a subprocess; not the process itself and
 * not sequence flows). {@code elementType} is the BPMN type in upper snake case (SERVICE_TASK, USER_TASK,
 * EXCLUSIVE_GATEWAY, CALL_ACTIVITY, …); {@code elementName} the model's name, if any.
 */
public record ElementInstance(
        String id,
        String processInstanceId,
        String bpmnProcessId,
        String elementId,
        String elementName,
        String elementType,
        ProcessInstanceState state,
        Instant startedAt,
        Instant endedAt) {
}
