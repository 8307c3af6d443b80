package com.careflow.portal.operations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stands in for the engine's incident commands: records each retry; answers "gone" for incidents the test says the
 * engine no longer has, and fails like an unreachable engine when told to.
 */
public class RecordingIncidentCommands implements IncidentCommands {

    /** One retry: the incident and the job whose retries were set back. */
    public record Retry(long incidentKey, long jobKey) {
    }

    private final List<Retry> retries = new ArrayList<>();
    private final Set<Long> gone = new HashSet<>();
    private RuntimeException failure;

    @Override
    public synchronized void retry(long incidentKey, long jobKey) {
        if (failure != null) {
            throw failure;
        }
        if (gone.contains(incidentKey)) {
            throw new IncidentGoneException("NOT_FOUND: incident " + incidentKey, null);
        }
        retries.add(new Retry(incidentKey, jobKey));
    }

    public synchronized List<Retry> retries() {
        return List.copyOf(retries);
    }

    public synchronized void gone(long incidentKey) {
        gone.add(incidentKey);
    }

    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public synchronized void reset() {
        retries.clear();
        gone.clear();
        failure = null;
    }
}
