package com.careflow.portal.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.careflow.domain.engine.ProcessHistory;

/**
 * The steps a process instance and the instances it called went through, from the engine's history: tasks, events,
 * call activities and subprocesses (no gateways, no flows), in the order they started, with state and times in the
 * platform zone. Used by the order page.
 */
@Component
public class ProcessSteps {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Element types that are routing rather than work: left out of the steps. */
    private static final Set<String> HIDDEN = Set.of("EXCLUSIVE_GATEWAY", "PARALLEL_GATEWAY", "INCLUSIVE_GATEWAY",
            "EVENT_BASED_GATEWAY", "COMPLEX_GATEWAY", "SEQUENCE_FLOW", "MULTI_INSTANCE_BODY", "PROCESS",
            "UNSPECIFIED");

    private final ProcessHistory history;
    private final ElementNames names;
    private final Clock clock;

    ProcessSteps(ProcessHistory history, ElementNames names, Clock clock) {
        this.history = history;
        this.names = names;
        this.clock = clock;
    }

    /** One step. {@code state}: ACTIVE, COMPLETED or TERMINATED; {@code ended} null while active. */
    public record Step(String processId, String processName, String elementId, String elementType, String name,
            String state, String started, String ended) {
    }

    /** The steps of the instance and of all instances below it (call activities), oldest first. */
    public List<Step> of(String processInstanceId, Locale locale) {
        return history.stepsOf(processInstanceId).stream()
                .filter(element -> !HIDDEN.contains(element.elementType()))
                .map(element -> new Step(element.bpmnProcessId(), names.process(element.bpmnProcessId(), locale),
                        element.elementId(), element.elementType(),
                        names.element(element.bpmnProcessId(), element.elementId(), element.elementName(), locale),
                        element.state() == null ? null : element.state().name(), time(element.startedAt()),
                        time(element.endedAt())))
                .toList();
    }

    private String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(clock.getZone()));
    }
}
