package com.careflow.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keycloak from the unpacked Quarkus distribution as a child process: H2 file database in the data directory,
 * local caches only (no clustering on the network), the CareFlow realm imported on first start.
 */
final class KeycloakServer {

    static final String NAME = "Keycloak";
    /** Build-time options; {@code kc.sh build} bakes them into the distribution (about 25 s), so only when needed. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");
    private static final String BUILD_MARKER = ".careflow-build";
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(3);

    private final RuntimeProperties properties;
    private final RuntimeProperties.Keycloak keycloak;
    private final Path distribution;
    private final String version;
    private final String realm;
    private ChildProcess process;

    KeycloakServer(RuntimeProperties properties, Distributions distributions) {
        this.properties = properties;
        this.keycloak = properties.keycloak();
        this.distribution = distributions.keycloak();
        this.version = distributions.keycloakVersion();
        this.realm = realmName(keycloak.realmFile());
    }

    List<PortCheck.Port> ports() {
        String prefix = RuntimeProperties.PREFIX + ".keycloak.";
        return List.of(
                new PortCheck.Port(keycloak.port(), "Keycloak HTTP", prefix + "port"),
                new PortCheck.Port(keycloak.managementPort(), "Keycloak management", prefix + "management-port"));
    }

    /** The public URL; the hostname is fixed to localhost so that tokens carry a stable issuer. */
    URI url() {
        return URI.create("http://localhost:" + keycloak.port());
    }

    URI issuer() {
        return URI.create(url() + "/realms/" + realm);
    }

    void stopStale() {
        ChildProcess.stopStale(NAME, runDirectory().resolve("keycloak.pid"), properties.dataDir().toString());
    }

    void start(Startup startup) {
        Path log = properties.logDir().resolve("keycloak.log");
        buildIfNeeded(startup, log);
        boolean importRealm = !realmImported();
        if (importRealm) {
            copyRealmIntoImportDirectory();
        }
        Instant began = Instant.now();
        Progress.say("%s %s starting%s (log: %s)".formatted(NAME, version, importRealm ? ", importing realm " + realm
                : "", log));
        process = ChildProcess.start(NAME, startCommand(importRealm), distribution, environment(), log,
                runDirectory().resolve("keycloak.pid"));
        URI health = URI.create("http://127.0.0.1:" + keycloak.managementPort() + "/health/ready");
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build()) {
            startup.awaitReady(NAME, process, () -> answersOk(http, health) && answersOk(http, discovery));
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        if (importRealm) {
            write(importMarker(), realm + "\n");
        }
        Progress.say("%s ready in %s (%s, realm %s)".formatted(NAME, Progress.secondsSince(began), url(),
                realm));
    }

    /**
     * The realm is imported once into Keycloak's database; later starts skip {@code --import-realm} (it would keep
     * the existing realm anyway, IGNORE_EXISTING, after reading the file). The marker lives beside the database, so
     * {@code ./careflow reset} deletes both.
     */
    private boolean realmImported() {
        return Files.isDirectory(database().getParent()) && (realm + "\n").equals(readQuietly(importMarker()));
    }

    private Path importMarker() {
        return database().resolveSibling(".careflow-realm-imported");
    }

    private Path database() {
        return properties.dataDir().resolve("keycloak").resolve("keycloakdb");
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    private void buildIfNeeded(Startup startup, Path log) {
        Path marker = distribution.resolve(BUILD_MARKER);
        if (buildStamp().equals(readQuietly(marker))) {
            return;
        }
        Progress.say("%s one-time build %s (about 25 s, log: %s)".formatted(NAME, String.join(" ", BUILD_OPTIONS),
                log));
        List<String> command = new ArrayList<>(List.of("bash", "bin/kc.sh", "build"));
        command.addAll(BUILD_OPTIONS);
        Instant began = Instant.now();
        ChildProcess build = ChildProcess.start(NAME + " build", command, distribution, environment(), log,
                runDirectory().resolve("keycloak-build.pid"));
        try {
            startup.awaitSuccessfulExit(NAME + " build", build);
        } finally {
            build.stop();
        }
        write(marker, buildStamp());
        Progress.say("%s build done in %s".formatted(NAME, Progress.secondsSince(began)));
    }

    /**
     * The options plus the build output's timestamp: re-unpacking the distribution replaces the build output but
     * not our marker, and must trigger a new build.
     */
    private String buildStamp() {
        Path buildOutput = distribution.resolve("lib/quarkus/quarkus-application.dat");
        String builtAt;
        try {
            builtAt = Long.toString(Files.getLastModifiedTime(buildOutput).toMillis());
        } catch (IOException e) {
            builtAt = "never";
        }
        return String.join(" ", BUILD_OPTIONS) + "\n" + builtAt + "\n";
    }

    private List<String> startCommand(boolean importRealm) {
        List<String> command = new ArrayList<>(List.of("bash", "bin/kc.sh", "start", "--optimized",
                // a runtime option in Keycloak 26 (a build does not keep it); without it the server starts
                // JGroups clustering on the network
                "--cache=local",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + keycloak.port(),
                "--hostname=" + url(),
                "--http-management-port=" + keycloak.managementPort(),
                // NON_KEYWORDS: Keycloak has a column named VALUE, a keyword in H2 2.x. DB_CLOSE_ON_EXIT: H2's own
                // shutdown hook would close the database while Keycloak still writes sessions on its way down.
                "--db-url=jdbc:h2:file:" + database() + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE"));
        if (importRealm) {
            command.add("--import-realm");
        }
        return command;
    }

    private Map<String, String> environment() {
        String javaHome = System.getProperty("java.home");
        return Map.of(
                "JAVA_HOME", javaHome,
                "JAVA", Path.of(javaHome, "bin", "java").toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", keycloak.adminPassword(),
                "JAVA_OPTS_APPEND", ChildJvm.fastStartOptions(properties.dataDir(), "keycloak"));
    }

    /**
     * {@code --import-realm} reads {@code <dist>/data/import/*.json} and wants {@code <realm>-realm.json}; an
     * existing realm is kept (IGNORE_EXISTING), so users and their changes survive restarts.
     */
    private void copyRealmIntoImportDirectory() {
        Path importDirectory = distribution.resolve("data").resolve("import");
        try {
            Files.createDirectories(importDirectory);
            Files.copy(keycloak.realmFile(), importDirectory.resolve(realm + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String realmName(Path realmFile) {
        String property = RuntimeProperties.PREFIX + ".keycloak.realm-file";
        if (!Files.isRegularFile(realmFile)) {
            throw new RuntimeStartupException("Keycloak realm file not found: " + realmFile,
                    "Start CareFlow from the project directory or set " + property);
        }
        String name;
        try {
            name = new ObjectMapper().readTree(realmFile.toFile()).path("realm").asText("");
        } catch (JsonProcessingException e) {
            throw notARealmExport(realmFile, "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (name.isBlank()) {
            throw notARealmExport(realmFile, "no \"realm\" attribute");
        }
        return name;
    }

    private static RuntimeStartupException notARealmExport(Path realmFile, String reason) {
        return new RuntimeStartupException(
                "Keycloak realm file %s is not a realm export (%s)".formatted(realmFile, reason.replaceAll("\\R", " ")),
                "Point %s.keycloak.realm-file at a realm JSON export such as identity/keycloak-realm.json"
                        .formatted(RuntimeProperties.PREFIX));
    }

    private static boolean answersOk(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private Path runDirectory() {
        return properties.dataDir().resolve("run");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
