package com.careflow.portal.operations;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.Incidents;
import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.ServiceOrderProcess;

/**
 * Open incidents from the engine, named in the page language and linked to their order when they belong to one of
 * an order's instances (whose business key is the order number); and their retry.
 */
@Component
class IncidentDesk {

    private static final Logger log = LoggerFactory.getLogger(IncidentDesk.class);
    /** How many attempts a retried step gets (the worker's own default). */
    static final int RETRIES = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The processes whose business key is an order number: the order's and those it calls. */
    private static final Set<String> ORDER_PROCESSES = Set.of(ServiceOrderProcess.PROCESS_ID,
            GrabOrderProcess.PROCESS_ID, AppointmentProcess.PROCESS_ID);

    private final Incidents incidents;
    private final ElementNames names;
    private final Clock clock;

    IncidentDesk(Incidents incidents, ElementNames names, Clock clock) {
        this.incidents = incidents;
        this.names = names;
        this.clock = clock;
    }

    /**
     * One row of the page; {@code errorMessage} is the one-line cause, {@code details} the stack or the worker's error
     * details behind it ({@code null} when there are none), shown only when asked for.
     */
    record IncidentRow(String id, String processInstanceId, String processId, String processName, String elementId,
            String elementName, String errorType, String errorMessage, String details, String createdAt,
            String orderNumber) {
    }

    /** The open incidents with their details: the finder leaves stacks out, this page reads them one by one. */
    List<IncidentRow> open(Locale locale) {
        return incidents.findOpen().stream().map(incident -> incident.withDetails(details(incident)))
                .map(incident -> new IncidentRow(incident.id(), incident.processInstanceId(),
                        incident.bpmnProcessId(), names.process(incident.bpmnProcessId(), locale),
                        incident.elementId(),
                        names.element(incident.bpmnProcessId(), incident.elementId(), null, locale),
                        incident.errorType(), firstLine(incident.errorMessage()), incident.details(),
                        incident.createdAt() == null ? null
                                : TIME.format(incident.createdAt().atZone(clock.getZone())),
                        orderNumber(incident)))
                .toList();
    }

    /** The details, or none when they cannot be read: the page still lists the incident and its cause. */
    private String details(Incident incident) {
        try {
            return incidents.details(incident.id()).orElse(null);
        }
        catch (RuntimeException e) {
            log.warn("Could not read the details of incident {}", incident.id(), e);
            return null;
        }
    }

    /** The cause in one line, whatever the engine sent (the rest of a longer message belongs to the details). */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String line = message.strip();
        int end = line.indexOf('\n');
        return (end < 0 ? line : line.substring(0, end)).strip();
    }

    /** @return the message key of the outcome */
    String retry(String id) {
        Incident incident = incidents.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No incident " + id));
        if (!incident.isOpen()) {
            return "operations.incident.alreadyResolved";
        }
        try {
            incidents.retry(incident.id(), RETRIES);
            return "operations.incident.retried";
        }
        catch (Incidents.IncidentGoneException e) {
            return "operations.incident.alreadyResolved";
        }
    }

    private static String orderNumber(Incident incident) {
        return ORDER_PROCESSES.contains(incident.bpmnProcessId()) ? incident.businessKey() : null;
    }
}
