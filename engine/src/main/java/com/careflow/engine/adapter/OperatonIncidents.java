package com.careflow.engine.adapter;

import static com.careflow.engine.adapter.Dates.instant;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.exception.NotFoundException;
import org.operaton.bpm.engine.history.HistoricIncident;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.runtime.Incident;

import com.careflow.domain.engine.IncidentState;
import com.careflow.domain.engine.Incidents;

/**
 * {@link Incidents} on the engine's runtime incidents (open) and their history (resolved). A retry gives the failed
 * external task or job its retries back; the engine then resolves the incident itself.
 */
class OperatonIncidents implements Incidents {

    static final String FAILED_EXTERNAL_TASK = "failedExternalTask";
    static final String FAILED_JOB = "failedJob";
    /** Enough for any stack the page should show; a runaway one is cut here rather than sent whole. */
    static final int MAX_DETAILS = 20_000;

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;
    private final ExternalTaskService externalTasks;
    private final Instances instances;

    OperatonIncidents(RuntimeService runtime, HistoryService history, ManagementService management,
            ExternalTaskService externalTasks) {
        this.runtime = runtime;
        this.history = history;
        this.management = management;
        this.externalTasks = externalTasks;
        this.instances = new Instances(history);
    }

    @Override
    public List<com.careflow.domain.engine.Incident> findOpen() {
        List<Incident> open = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list();
        Map<String, HistoricProcessInstance> byId = instances.byId(
                open.stream().map(Incident::getProcessInstanceId).toList());
        return open.stream().map(incident -> open(incident, byId.get(incident.getProcessInstanceId()))).toList();
    }

    @Override
    public Optional<com.careflow.domain.engine.Incident> findById(String incidentId) {
        Incident open = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (open != null) {
            return Optional.of(open(open, instances.byId(List.of(open.getProcessInstanceId()))
                    .get(open.getProcessInstanceId())));
        }
        return Optional.ofNullable(history.createHistoricIncidentQuery().incidentId(incidentId).singleResult())
                .map(this::past);
    }

    /**
     * The failed external task's error details or the failed job's stack, by the incident's configuration (the task's
     * or job's id). One incident at a time: the finders leave details out so that lists do not load stacks.
     */
    @Override
    public Optional<String> details(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null || incident.getConfiguration() == null) {
            return Optional.empty();
        }
        String details;
        try {
            details = switch (incident.getIncidentType()) {
                case FAILED_EXTERNAL_TASK -> externalTasks.getExternalTaskErrorDetails(incident.getConfiguration());
                case FAILED_JOB -> management.getJobExceptionStacktrace(incident.getConfiguration());
                default -> null;
            };
        }
        catch (ProcessEngineException e) {
            // the task or job went away with the incident meanwhile
            return Optional.empty();
        }
        if (details == null || details.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(details.length() <= MAX_DETAILS ? details.strip()
                : details.substring(0, MAX_DETAILS).strip() + "\n…");
    }

    @Override
    public void retry(String incidentId, int retries) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new IncidentGoneException("Incident " + incidentId + " is no longer open");
        }
        try {
            switch (incident.getIncidentType()) {
                case FAILED_EXTERNAL_TASK -> externalTasks.setRetries(incident.getConfiguration(), retries);
                case FAILED_JOB -> management.setJobRetries(incident.getConfiguration(), retries);
                // other types (a custom incident) have nothing to retry: resolving is all there is
                default -> runtime.resolveIncident(incidentId);
            }
        }
        catch (NotFoundException e) {
            throw new IncidentGoneException("Incident " + incidentId + " is no longer open: " + e.getMessage());
        }
    }

    static com.careflow.domain.engine.Incident open(Incident incident, HistoricProcessInstance instance) {
        return new com.careflow.domain.engine.Incident(incident.getId(), incident.getProcessInstanceId(),
                instance == null ? null : instance.getProcessDefinitionKey(), incident.getActivityId(),
                instance == null ? null : instance.getBusinessKey(), incident.getIncidentType(),
                firstLine(incident.getIncidentMessage()), IncidentState.ACTIVE,
                instant(incident.getIncidentTimestamp()), null);
    }

    private com.careflow.domain.engine.Incident past(HistoricIncident incident) {
        HistoricProcessInstance instance = instances.byId(List.of(incident.getProcessInstanceId()))
                .get(incident.getProcessInstanceId());
        return new com.careflow.domain.engine.Incident(incident.getId(), incident.getProcessInstanceId(),
                incident.getProcessDefinitionKey(), incident.getActivityId(),
                instance == null ? null : instance.getBusinessKey(), incident.getIncidentType(),
                firstLine(incident.getIncidentMessage()), incident.isOpen() ? IncidentState.ACTIVE
                        : IncidentState.RESOLVED, instant(incident.getCreateTime()), instant(incident.getEndTime()));
    }

    /** Workers send one-line messages (the stack goes to the task's details); anything longer is cut to its head. */
    static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
