package com.careflow.worker;

/**
 * A call to the engine's REST API, or to Keycloak for the workers' token, failed: unreachable, refused, or an error
 * answer. Technical trouble, so {@link JobRunner} retries it (an {@link IllegalStateException} would count as bad
 * input there and raise an incident at once).
 */
public class EngineCallException extends RuntimeException {

    public EngineCallException(String message) {
        super(message);
    }

    public EngineCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
