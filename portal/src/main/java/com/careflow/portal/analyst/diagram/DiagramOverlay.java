package com.careflow.portal.analyst.diagram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.careflow.domain.engine.DeployedModel;
import com.careflow.domain.engine.ElementTraffic;
import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.ModelKind;
import com.careflow.domain.engine.ProcessActivity;
import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.portal.analyst.codebase.ScenarioCoverage;
import com.careflow.portal.analyst.codebase.WorkerTopics;

/**
 * Puts together what the diagram page overlays on a version's elements: the engine's counts (waiting now, entries
 * in the period, incidents) and the code base's facts (topic, serving module, scenarios through it).
 */
@Component
class DiagramOverlay {

    /** The processes whose business key is an order number, so an incident links to the order page. */
    private static final Set<String> ORDER_PROCESSES = Set.of(ServiceOrderProcess.PROCESS_ID,
            GrabOrderProcess.PROCESS_ID, AppointmentProcess.PROCESS_ID);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    static final String COCKPIT_INSTANCE = "/operaton/app/cockpit/default/#/process-instance/";

    private final ProcessActivity activity;
    private final WorkerTopics topics;
    private final ScenarioCoverage coverage;
    private final Clock clock;

    DiagramOverlay(ProcessActivity activity, WorkerTopics topics, ScenarioCoverage coverage, Clock clock) {
        this.activity = activity;
        this.topics = topics;
        this.coverage = coverage;
        this.clock = clock;
    }

    /**
     * @param xml the version's BPMN (topics are read from it)
     * @param operations whether the user may open operations' pages (order page, incident list)
     */
    DiagramActivity of(DeployedModel model, String xml, Period period, boolean operations) {
        Instant to = clock.instant();
        Instant from = to.minus(period.length());
        if (model.kind() != ModelKind.PROCESS) {
            return new DiagramActivity(model.definitionId(), period, from, to, 0, coverage.recorded(), Map.of());
        }
        Map<String, Long> waiting = activity.waitingNow(model.definitionId());
        Map<String, ElementTraffic> traffic = activity.traffic(model.definitionId(), from, to);
        Map<String, List<Incident>> incidents = new TreeMap<>();
        activity.openIncidents(model.definitionId()).stream().filter(incident -> incident.elementId() != null)
                .forEach(incident -> incidents.computeIfAbsent(incident.elementId(), id -> new ArrayList<>())
                        .add(incident));
        Map<String, String> elementTopics = ServiceTopics.of(xml);

        Set<String> ids = new TreeSet<>();
        ids.addAll(waiting.keySet());
        ids.addAll(traffic.keySet());
        ids.addAll(incidents.keySet());
        ids.addAll(elementTopics.keySet());
        Map<String, ElementView> elements = new TreeMap<>();
        long maxEntered = 0;
        for (String id : ids) {
            ElementTraffic entries = traffic.getOrDefault(id, new ElementTraffic(0, 0, null));
            String topic = elementTopics.get(id);
            Duration average = entries.averageDuration();
            elements.put(id, new ElementView(waiting.getOrDefault(id, 0L), entries.entered(), entries.finished(),
                    average == null ? null : average.toMillis() / 1000.0, topic,
                    topic == null ? null : topics.moduleServing(topic).orElse(null),
                    coverage.scenariosThrough(model.key(), id),
                    incidents.getOrDefault(id, List.of()).stream()
                            .map(incident -> view(incident, model.key(), operations)).toList()));
            maxEntered = Math.max(maxEntered, entries.entered());
        }
        // elements the scenarios pass that had no traffic, topic or incident: their scenarios still show
        for (String id : elementIdsOf(xml)) {
            if (!elements.containsKey(id) && !coverage.scenariosThrough(model.key(), id).isEmpty()) {
                elements.put(id, new ElementView(0, 0, 0, null, null, null,
                        coverage.scenariosThrough(model.key(), id), List.of()));
            }
        }
        return new DiagramActivity(model.definitionId(), period, from, to, maxEntered, coverage.recorded(),
                elements);
    }

    private static ElementView.IncidentView view(Incident incident, String processKey, boolean operations) {
        List<ElementView.Link> links = new ArrayList<>();
        if (operations && incident.businessKey() != null && ORDER_PROCESSES.contains(processKey)) {
            links.add(new ElementView.Link("order", "/orders/" + incident.businessKey()));
        }
        if (operations) {
            links.add(new ElementView.Link("incidents", "/operations/incidents#incident-" + incident.id()));
        }
        links.add(new ElementView.Link("cockpit", COCKPIT_INSTANCE + incident.processInstanceId() + "/runtime"));
        return new ElementView.IncidentView(incident.id(), incident.processInstanceId(), incident.businessKey(),
                incident.errorMessage(), links);
    }

    /** Every id attribute of the model (cheap: the pages ask for one version at a time). */
    private static Set<String> elementIdsOf(String xml) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = ID.matcher(xml);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
