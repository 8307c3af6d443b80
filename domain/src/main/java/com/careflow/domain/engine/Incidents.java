package com.careflow.domain.engine;

import java.util.List;
import java.util.Optional;

/** The engine's incidents. */
public interface Incidents {

    /** The open incidents, newest first, without their {@linkplain Incident#details() details}. */
    List<Incident> findOpen();

    /** The incident, open or resolved, without its {@linkplain Incident#details() details}. */
    Optional<Incident> findById(String incidentId);

    /**
     * The long form behind an open incident's one-line message: a failed job's stack trace, or the error details the
     * worker sent when its external task failed. Read one incident at a time, for the page that shows it: stacks are
     * large and lists and retries do not need them.
     *
     * @return empty when the incident is not open (any more) or there are no details
     */
    Optional<String> details(String incidentId);

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
