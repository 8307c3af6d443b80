package com.careflow.runtime;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * {@code careflow.runtime.*}: where the local servers keep their data and which loopback ports they use.
 * Bound with a {@link Binder} because the servers start before any bean exists.
 * <p>
 * {@code await-children}: whether {@link LocalRuntime#start()} returns only once Keycloak and Elasticsearch serve
 * (the default, what tests of the servers want), or as soon as they are launched, so that the application starts
 * alongside them and its readiness (health, the portal's start gate) waits for them instead.
 */
public record RuntimeProperties(
        boolean embedded,
        Path home,
        Path dataDir,
        @DefaultValue("240s") Duration startupTimeout,
        @DefaultValue("true") boolean awaitChildren,
        @DefaultValue Keycloak keycloak,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue Mongo mongo,
        @DefaultValue Mail mail) {

    public static final String PREFIX = "careflow.runtime";

    public RuntimeProperties {
        home = absolute(home != null ? home : workingDirectory().resolve(".careflow"));
        dataDir = absolute(dataDir != null ? dataDir : home.resolve("data"));
    }

    public static RuntimeProperties bind(Environment environment) {
        return bind(Binder.get(environment));
    }

    public static RuntimeProperties bind(Binder binder) {
        return binder.bindOrCreate(PREFIX, RuntimeProperties.class);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** The embedded process engine's H2 database lives here (EmbeddedRuntimeListener hands it to the application). */
    public Path engineDataDir() {
        return dataDir.resolve("engine");
    }

    public record Keycloak(
            @DefaultValue("8180") int port,
            @DefaultValue("9180") int managementPort,
            @DefaultValue("admin") String adminPassword,
            Path realmFile) {

        public Keycloak {
            realmFile = absolute(realmFile != null ? realmFile
                    : workingDirectory().resolve("identity").resolve("keycloak-realm.json"));
        }
    }

    /** Elasticsearch for search; {@code enabled=false} leaves it out (and needs no unpacked distribution). */
    public record Elasticsearch(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("9200") int httpPort,
            @DefaultValue("9300") int transportPort,
            @DefaultValue("512m") String heap) {
    }

    public record Mongo(@DefaultValue("27017") int port) {
    }

    public record Mail(@DefaultValue("3025") int smtpPort, @DefaultValue("3143") int imapPort) {
    }

    private static Path workingDirectory() {
        return Path.of(System.getProperty("user.dir"));
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
