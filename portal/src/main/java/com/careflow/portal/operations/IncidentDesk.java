package com.careflow.portal.operations;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.IncidentState;
import com.careflow.domain.engine.Incidents;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstances;

/**
 * Open incidents as the exporter recorded them, named in the page language and linked to their order when the
 * instance (or one of its callers) carries an orderNumber; and their retry.
 */
@Component
class IncidentDesk {

    static final String ORDER_NUMBER = "orderNumber";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Call activities nest two deep today (order → appointment); a bound keeps a broken parent chain finite. */
    private static final int MAX_DEPTH = 5;

    private final Incidents incidents;
    private final ProcessInstances instances;
    private final IncidentCommands commands;
    private final ElementNames names;
    private final Clock clock;

    IncidentDesk(Incidents incidents, ProcessInstances instances, IncidentCommands commands, ElementNames names,
            Clock clock) {
        this.incidents = incidents;
        this.instances = instances;
        this.commands = commands;
        this.names = names;
        this.clock = clock;
    }

    /** One row of the page. */
    record IncidentRow(long key, long processInstanceKey, String processId, String processName, String elementId,
            String elementName, String errorType, String errorMessage, String createdAt, String orderNumber) {
    }

    List<IncidentRow> open(Locale locale) {
        List<Incident> open = incidents.findByStateOrderByCreatedAtDesc(IncidentState.ACTIVE);
        Map<Long, String> orders = orderNumbers(open.stream().map(Incident::processInstanceKey).toList());
        return open.stream().map(incident -> new IncidentRow(incident.id(), incident.processInstanceKey(),
                incident.bpmnProcessId(), names.process(incident.bpmnProcessId(), locale), incident.elementId(),
                names.element(incident.bpmnProcessId(), incident.elementId(), null, locale), incident.errorType(),
                incident.errorMessage(),
                incident.createdAt() == null ? null : TIME.format(incident.createdAt().atZone(clock.getZone())),
                orders.get(incident.processInstanceKey()))).toList();
    }

    /** @return the message key of the outcome */
    String retry(long key) {
        Incident incident = incidents.findById(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No incident " + key));
        if (!incident.isOpen()) {
            return "operations.incident.alreadyResolved";
        }
        try {
            commands.retry(incident.id(), incident.jobKey());
            return "operations.incident.retried";
        }
        catch (IncidentCommands.IncidentGoneException e) {
            return "operations.incident.alreadyResolved";
        }
    }

    /** The order number of each instance: its own variable, else the nearest caller's. */
    private Map<Long, String> orderNumbers(Collection<Long> keys) {
        Map<Long, String> found = new HashMap<>();
        for (long key : keys) {
            long current = key;
            for (int depth = 0; depth < MAX_DEPTH && current > 0 && !found.containsKey(key); depth++) {
                ProcessInstance instance = instances.findById(current).orElse(null);
                if (instance == null) {
                    break;
                }
                Object number = instance.variables() == null ? null : instance.variables().get(ORDER_NUMBER);
                if (number != null) {
                    found.put(key, String.valueOf(number));
                }
                current = instance.parentProcessInstanceKey();
            }
        }
        return found;
    }
}
