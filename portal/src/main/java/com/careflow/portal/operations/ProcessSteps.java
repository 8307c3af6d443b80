package com.careflow.portal.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.careflow.domain.engine.ElementInstance;
import com.careflow.domain.engine.ElementInstances;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstances;

/**
 * The steps a process instance and the instances it called went through, from the exporter's element records:
 * tasks, events, call activities and subprocesses (no gateways, no flows), in the order they started, with state
 * and times in the platform zone. Used by the order page.
 */
@Component
public class ProcessSteps {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Element types that are routing rather than work: left out of the steps. */
    private static final Set<String> HIDDEN = Set.of("EXCLUSIVE_GATEWAY", "PARALLEL_GATEWAY", "INCLUSIVE_GATEWAY",
            "EVENT_BASED_GATEWAY", "SEQUENCE_FLOW", "MULTI_INSTANCE_BODY", "PROCESS", "UNSPECIFIED");

    private final ElementInstances elements;
    private final ProcessInstances instances;
    private final ElementNames names;
    private final Clock clock;

    ProcessSteps(ElementInstances elements, ProcessInstances instances, ElementNames names, Clock clock) {
        this.elements = elements;
        this.instances = instances;
        this.names = names;
        this.clock = clock;
    }

    /** One step. {@code state}: ACTIVE, COMPLETED or TERMINATED; {@code ended} null while active. */
    public record Step(String processId, String processName, String elementId, String elementType, String name,
            String state, String started, String ended) {
    }

    /** The steps of the instance and of all instances below it (call activities), oldest first. */
    public List<Step> of(long processInstanceKey, Locale locale) {
        List<ElementInstance> found = elements.findByProcessInstanceKeyInOrderByStartedAtAscIdAsc(
                withChildren(processInstanceKey));
        List<Step> steps = new ArrayList<>();
        found.stream()
                .filter(element -> !HIDDEN.contains(element.elementType()))
                .sorted(Comparator.comparing(ElementInstance::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(ElementInstance::id))
                .forEach(element -> steps.add(new Step(element.bpmnProcessId(),
                        names.process(element.bpmnProcessId(), locale), element.elementId(), element.elementType(),
                        names.element(element.bpmnProcessId(), element.elementId(), element.elementName(), locale),
                        element.state() == null ? null : element.state().name(), time(element.startedAt()),
                        time(element.endedAt()))));
        return steps;
    }

    /** The instance and its descendants, by parentProcessInstanceKey. */
    private Set<Long> withChildren(long root) {
        Set<Long> keys = new LinkedHashSet<>();
        Deque<Long> open = new ArrayDeque<>(List.of(root));
        while (!open.isEmpty()) {
            long key = open.pop();
            if (keys.add(key)) {
                instances.findByParentProcessInstanceKey(key).stream().map(ProcessInstance::id).forEach(open::push);
            }
        }
        return keys;
    }

    private String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(clock.getZone()));
    }
}
