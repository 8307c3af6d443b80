package com.careflow.runtime;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A local server could not be brought up. The message is one line saying why; {@link #action()} says what to do.
 * {@link RuntimeStartupFailureAnalyzer} turns it into Spring Boot's Description/Action report.
 */
public class RuntimeStartupException extends RuntimeException {

    private final String action;

    public RuntimeStartupException(String description, String action) {
        this(description, action, null);
    }

    public RuntimeStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }

    static RuntimeStartupException portInUse(int port, String server, String property) {
        return new RuntimeStartupException(
                "Port %d (%s) is in use — is CareFlow already running?".formatted(port, server),
                "Stop it or set " + property);
    }

    static RuntimeStartupException distributionMissing(String server, Path directory) {
        return new RuntimeStartupException(
                "%s distribution not found in %s".formatted(server, directory),
                "run ./careflow build (or: mvn -pl runtime generate-resources) to unpack the server "
                        + "distributions, or point careflow.runtime.home at the directory that holds dist/");
    }

    static RuntimeStartupException exited(String server, int exitCode, Path log) {
        return new RuntimeStartupException(
                "%s exited with code %d while starting (log: %s)".formatted(server, exitCode, log),
                "Read the last lines of " + log + " for the cause; the lines are also printed above");
    }

    static RuntimeStartupException timedOut(String server, Duration timeout, Path log) {
        return new RuntimeStartupException(
                "%s was not ready within %d s (log: %s)".formatted(server, timeout.toSeconds(), log),
                "Look at " + log + "; if the machine is just slow, raise careflow.runtime.startup-timeout");
    }

    static RuntimeStartupException aborted(String server) {
        return new RuntimeStartupException(
                server + " start was abandoned because CareFlow is stopping",
                "Nothing to do; start CareFlow again when ready");
    }
}
