package com.careflow.portal.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.Incidents;

/**
 * Stands in for the engine's incidents in web slices: incidents kept in memory, retries recorded. Can be told that
 * the engine resolved one meanwhile, or fail like an unreachable engine.
 */
public class FakeIncidents implements Incidents {

    /** One retry that went through. */
    public record Retry(String incidentId, int retries) {
    }

    private final Map<String, Incident> incidents = new LinkedHashMap<>();
    private final List<Retry> retries = new ArrayList<>();
    private final Set<String> gone = new HashSet<>();
    private RuntimeException failure;
    private RuntimeException detailsFailure;
    private RuntimeException listingFailure;
    private final List<String> detailsRead = new ArrayList<>();

    public synchronized void save(Incident incident) {
        incidents.put(incident.id(), incident);
    }

    @Override
    public synchronized List<Incident> findOpen() {
        if (listingFailure != null) {
            throw listingFailure;
        }
        // like the engine's: the finders leave the details out
        return incidents.values().stream().filter(Incident::isOpen)
                .sorted(Comparator.comparing(Incident::createdAt).reversed())
                .map(incident -> incident.withDetails(null)).toList();
    }

    @Override
    public synchronized Optional<Incident> findById(String incidentId) {
        return Optional.ofNullable(incidents.get(incidentId)).map(incident -> incident.withDetails(null));
    }

    /** The details saved with the incident, while it is open. */
    @Override
    public synchronized Optional<String> details(String incidentId) {
        if (detailsFailure != null) {
            throw detailsFailure;
        }
        detailsRead.add(incidentId);
        return Optional.ofNullable(incidents.get(incidentId)).filter(Incident::isOpen).map(Incident::details);
    }

    /** The incidents whose details were read, in order. */
    public synchronized List<String> detailsRead() {
        return List.copyOf(detailsRead);
    }

    public synchronized void failDetailsWith(RuntimeException failure) {
        this.detailsFailure = failure;
    }

    @Override
    public synchronized void retry(String incidentId, int count) {
        if (failure != null) {
            throw failure;
        }
        if (gone.contains(incidentId) || !incidents.containsKey(incidentId)) {
            throw new IncidentGoneException("Incident " + incidentId + " is no longer open");
        }
        retries.add(new Retry(incidentId, count));
    }

    public synchronized List<Retry> retries() {
        return List.copyOf(retries);
    }

    /** The engine resolved it, the page still shows it open. */
    public synchronized void gone(String incidentId) {
        gone.add(incidentId);
    }

    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** Listing the open incidents fails, like an engine that cannot be reached. */
    public synchronized void failListingWith(RuntimeException failure) {
        this.listingFailure = failure;
    }

    public synchronized void reset() {
        incidents.clear();
        retries.clear();
        gone.clear();
        failure = null;
        detailsFailure = null;
        listingFailure = null;
        detailsRead.clear();
    }
}
