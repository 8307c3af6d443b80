package com.careflow.portal.operations;

/**
 * What the incidents page asks of the engine: give the failed job its retries back and resolve the incident.
 * Throws {@link IncidentGoneException} when the engine no longer has the incident (or its job): resolved already.
 */
interface IncidentCommands {

    int RETRIES = 3;

    /** {@code jobKey} -1 (or less than 1): no job involved, only the incident is resolved. */
    void retry(long incidentKey, long jobKey);

    /** The engine has no such incident (or job) any more. */
    class IncidentGoneException extends RuntimeException {

        IncidentGoneException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
