package com.careflow.domain.engine;

import java.util.List;
import java.util.Optional;

/** The engine's incidents. */
public interface Incidents {

    /** The open incidents, newest first. */
    List<Incident> findOpen();

    Optional<Incident> findById(String incidentId);

    /**
     * Gives the failed task or job its retries back, so it runs again and the incident resolves.
     *
     * @throws IncidentGoneException when the incident is resolved already
     */
    void retry(String incidentId, int retries);

    /** The incident was resolved (or its instance ended) meanwhile. */
    final class IncidentGoneException extends RuntimeException {

        public IncidentGoneException(String message) {
            super(message);
        }
    }
}
