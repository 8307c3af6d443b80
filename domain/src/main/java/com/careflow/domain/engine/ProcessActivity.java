package com.careflow.domain.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the instances of one deployed version do, element by element: now (runtime) and in a period (history). */
public interface ProcessActivity {

    /** Per element id: the instances of {@code definitionId} waiting there now (elements nobody waits at are left out). */
    Map<String, Long> waitingNow(String definitionId);

    /** Per element id: the entries into it that started in [{@code from}, {@code to}), and their durations. */
    Map<String, ElementTraffic> traffic(String definitionId, Instant from, Instant to);

    /** The open incidents of the instances of {@code definitionId}, newest first, without details. */
    List<Incident> openIncidents(String definitionId);

    /** The ids of every process instance the history holds, running or ended (to tell which ones a run started). */
    Set<String> instanceIds();
}
