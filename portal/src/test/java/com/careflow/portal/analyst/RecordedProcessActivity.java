package com.careflow.portal.analyst;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.careflow.domain.engine.ElementTraffic;
import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.ProcessActivity;

/** {@link ProcessActivity} for web slices: tests set what the engine would count, and read the periods asked for. */
public class RecordedProcessActivity implements ProcessActivity {

    private final Map<String, Map<String, Long>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ElementTraffic>> traffic = new ConcurrentHashMap<>();
    private final Map<String, List<Incident>> incidents = new ConcurrentHashMap<>();
    private final List<Instant[]> periods = new ArrayList<>();

    public void reset() {
        waiting.clear();
        traffic.clear();
        incidents.clear();
        synchronized (periods) {
            periods.clear();
        }
    }

    public void waiting(String definitionId, Map<String, Long> counts) {
        waiting.put(definitionId, counts);
    }

    public void traffic(String definitionId, Map<String, ElementTraffic> counts) {
        traffic.put(definitionId, counts);
    }

    public void incidents(String definitionId, List<Incident> open) {
        incidents.put(definitionId, open);
    }

    /** The [from, to) periods traffic was asked for, in order. */
    public List<Instant[]> periods() {
        synchronized (periods) {
            return List.copyOf(periods);
        }
    }

    @Override
    public Map<String, Long> waitingNow(String definitionId) {
        return waiting.getOrDefault(definitionId, Map.of());
    }

    @Override
    public Map<String, ElementTraffic> traffic(String definitionId, Instant from, Instant to) {
        synchronized (periods) {
            periods.add(new Instant[] { from, to });
        }
        return traffic.getOrDefault(definitionId, Map.of());
    }

    @Override
    public List<Incident> openIncidents(String definitionId) {
        return incidents.getOrDefault(definitionId, List.of());
    }

    @Override
    public Set<String> instanceIds() {
        return Set.of();
    }
}
