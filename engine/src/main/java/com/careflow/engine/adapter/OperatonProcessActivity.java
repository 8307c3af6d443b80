package com.careflow.engine.adapter;

import static com.careflow.engine.adapter.Dates.date;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.management.ActivityStatistics;
import org.operaton.bpm.engine.runtime.Incident;

import com.careflow.domain.engine.ElementTraffic;
import com.careflow.domain.engine.ProcessActivity;

/**
 * {@link ProcessActivity} on the engine: waiting instances from its activity statistics (runtime), traffic from the
 * historic activity instances (history level full records each one), incidents from the runtime's incident table.
 */
class OperatonProcessActivity implements ProcessActivity {

    /** A period's entries read for one diagram; beyond this the heat map counts the first ones only. */
    static final int MAX_ENTRIES = 50_000;

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;
    private final Instances instances;

    OperatonProcessActivity(RuntimeService runtime, HistoryService history, ManagementService management) {
        this.runtime = runtime;
        this.history = history;
        this.management = management;
        this.instances = new Instances(history);
    }

    @Override
    public Map<String, Long> waitingNow(String definitionId) {
        Map<String, Long> waiting = new TreeMap<>();
        for (ActivityStatistics activity : management.createActivityStatisticsQuery(definitionId).list()) {
            if (activity.getInstances() > 0) {
                waiting.put(activity.getId(), (long) activity.getInstances());
            }
        }
        return waiting;
    }

    @Override
    public Map<String, ElementTraffic> traffic(String definitionId, Instant from, Instant to) {
        Map<String, long[]> sums = new HashMap<>(); // entered, finished, summed millis of the finished
        List<HistoricActivityInstance> entries = history.createHistoricActivityInstanceQuery()
                .processDefinitionId(definitionId).startedAfter(date(from)).startedBefore(date(to))
                .listPage(0, MAX_ENTRIES);
        for (HistoricActivityInstance entry : entries) {
            long[] sum = sums.computeIfAbsent(entry.getActivityId(), id -> new long[3]);
            sum[0]++;
            if (entry.getEndTime() != null && entry.getDurationInMillis() != null) {
                sum[1]++;
                sum[2] += entry.getDurationInMillis();
            }
        }
        Map<String, ElementTraffic> traffic = new TreeMap<>();
        sums.forEach((element, sum) -> traffic.put(element, new ElementTraffic(sum[0], sum[1],
                sum[1] == 0 ? null : Duration.ofMillis(sum[2] / sum[1]))));
        return traffic;
    }

    @Override
    public List<com.careflow.domain.engine.Incident> openIncidents(String definitionId) {
        List<Incident> open = runtime.createIncidentQuery().processDefinitionId(definitionId)
                .orderByIncidentTimestamp().desc().list();
        Map<String, HistoricProcessInstance> byId = instances.byId(
                open.stream().map(Incident::getProcessInstanceId).toList());
        return open.stream()
                .map(incident -> OperatonIncidents.open(incident, byId.get(incident.getProcessInstanceId())))
                .toList();
    }

    @Override
    public Set<String> instanceIds() {
        Set<String> ids = new HashSet<>();
        history.createHistoricProcessInstanceQuery().list().forEach(instance -> ids.add(instance.getId()));
        return ids;
    }
}
