package com.careflow.runtime;

import static com.careflow.runtime.Yaml.quoted;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.camunda.client.CamundaClient;

/**
 * A single-node Zeebe broker with embedded gateway, as a child JVM on loopback ports. Its data directory persists,
 * so deployed processes and running instances survive a restart.
 */
final class ZeebeBroker {

    static final String NAME = "Zeebe";
    private static final String MAIN_CLASS = "io.camunda.application.StandaloneBroker";
    private static final String READINESS_MESSAGE = "careflow-runtime-readiness";

    private final RuntimeProperties properties;
    private final RuntimeProperties.Zeebe zeebe;
    private final Path distribution;
    private final String version;
    private final ExporterJar exporterJar;
    private ChildProcess process;

    /** A broker without the CareFlow exporter unless careflow.runtime.zeebe.exporter.enabled says otherwise. */
    ZeebeBroker(RuntimeProperties properties, Distributions distributions) {
        this(properties, distributions, false, ExporterJar.bundled());
    }

    /**
     * @param exportByDefault whether the exporter runs when careflow.runtime.zeebe.exporter.enabled is unset
     * @param exporterJar where its jar comes from; required up front when it runs
     */
    ZeebeBroker(RuntimeProperties properties, Distributions distributions, boolean exportByDefault,
            ExporterJar exporterJar) {
        this.properties = properties;
        this.zeebe = properties.zeebe();
        this.distribution = distributions.zeebe();
        this.version = distributions.zeebeVersion();
        this.exporterJar = zeebe.exporter().enabledOr(exportByDefault) ? exporterJar.require() : null;
    }

    List<PortCheck.Port> ports() {
        String prefix = RuntimeProperties.PREFIX + ".zeebe.";
        return List.of(
                new PortCheck.Port(zeebe.grpcPort(), "Zeebe gRPC", prefix + "grpc-port"),
                new PortCheck.Port(zeebe.restPort(), "Zeebe REST", prefix + "rest-port"),
                new PortCheck.Port(zeebe.commandPort(), "Zeebe command API", prefix + "command-port"),
                new PortCheck.Port(zeebe.internalPort(), "Zeebe internal API", prefix + "internal-port"),
                new PortCheck.Port(zeebe.monitoringPort(), "Zeebe monitoring", prefix + "monitoring-port"));
    }

    URI grpcAddress() {
        return URI.create("http://127.0.0.1:" + zeebe.grpcPort());
    }

    URI restAddress() {
        return URI.create("http://127.0.0.1:" + zeebe.restPort());
    }

    void stopStale() {
        ChildProcess.stopStale(NAME, pidFile(), properties.dataDir().toString());
    }

    void start(Startup startup) {
        Instant began = Instant.now();
        Path config = writeConfig();
        Path log = properties.logDir().resolve("zeebe.log");
        Progress.say("%s %s starting (log: %s)".formatted(NAME, version, log));
        process = ChildProcess.start(NAME, command(config), distribution, environment(), log, pidFile());
        try (CamundaClient client = newClient()) {
            startup.awaitReady(NAME, process, () -> acceptsCommands(client));
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        Progress.say("%s ready in %s (gRPC %s, REST %s)".formatted(NAME, Progress.secondsSince(began),
                grpcAddress().getAuthority(), restAddress()));
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    /** A gRPC client for this broker; the app uses gRPC because an 8.6 broker lacks most of the 8.8 REST API. */
    CamundaClient newClient() {
        return CamundaClient.newClientBuilder()
                .grpcAddress(grpcAddress())
                .restAddress(restAddress())
                .preferRestOverGrpc(false)
                .applyEnvironmentVariableOverrides(false)
                .defaultRequestTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Topology answers before the partition has replayed; a processed command proves the engine is up. */
    private static boolean acceptsCommands(CamundaClient client) {
        client.newPublishMessageCommand()
                .messageName(READINESS_MESSAGE)
                .correlationKey(READINESS_MESSAGE)
                .timeToLive(Duration.ZERO)
                .requestTimeout(Duration.ofSeconds(5))
                .send()
                .join(10, TimeUnit.SECONDS);
        return true;
    }

    private List<String> command(Path config) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + zeebe.heap(),
                "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8",
                "-Dlog4j2.configurationFile=" + config.resolveSibling("log4j2.xml").toUri(),
                "-Dapp.name=broker",
                "-Dapp.home=" + distribution,
                "-Dbasedir=" + distribution,
                // a system property: StandaloneBroker does not hand its command-line arguments to Spring
                "-Dspring.config.additional-location=file:" + config,
                "-cp", distribution.resolve("config") + File.pathSeparator + distribution.resolve("lib") + "/*",
                MAIN_CLASS);
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        // lets tests move the engine clock through REST /v2/clock (timers, SLAs)
        environment.put("ZEEBE_CLOCK_CONTROLLED", Boolean.toString(zeebe.clockControlled()));
        return environment;
    }

    /** Writes application.yaml (and the exporter jar it names) into the data dir; returns the yaml's path. */
    Path writeConfig() {
        Path directory = properties.dataDir().resolve("zeebe");
        Path config = directory.resolve("application.yaml");
        try {
            Files.createDirectories(directory.resolve("data"));
            String yaml = configYaml(directory.resolve("data"), directory.resolve("log4j2.xml"));
            if (exporterJar != null) {
                yaml += exporterYaml(exporterJar.writeTo(directory.resolve("exporter")));
            }
            Files.writeString(config, yaml);
            try (InputStream log4j = ZeebeBroker.class.getResourceAsStream("zeebe-log4j2.xml")) {
                Files.copy(log4j, directory.resolve("log4j2.xml"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    private String configYaml(Path dataDirectory, Path log4jConfig) {
        return """
                # Written by the CareFlow runtime on every start; change careflow.runtime.zeebe.* instead.
                zeebe.broker.gateway.enable: true
                zeebe.broker.gateway.network.host: 127.0.0.1
                zeebe.broker.gateway.network.port: %d
                zeebe.broker.network.host: 127.0.0.1
                zeebe.broker.network.commandApi.port: %d
                zeebe.broker.network.internalApi.port: %d
                zeebe.broker.data.directory: %s
                zeebe.broker.cluster.clusterSize: 1
                zeebe.broker.cluster.replicationFactor: 1
                zeebe.broker.cluster.partitionsCount: 1
                server.address: 127.0.0.1
                server.port: %d
                management.server.address: 127.0.0.1
                management.server.port: %d
                logging.config: %s
                """.formatted(zeebe.grpcPort(), zeebe.commandPort(), zeebe.internalPort(),
                quoted(dataDirectory.toString()), zeebe.restPort(), zeebe.monitoringPort(),
                quoted(log4jConfig.toUri().toString()));
    }

    /**
     * The CareFlow exporter, loaded from its jar by the broker's isolating class loader, writing into the runtime's
     * MongoDB (which starts in parallel: until it listens the exporter retries, and the broker keeps the records).
     */
    private String exporterYaml(Path jar) {
        return """
                zeebe.broker.exporters.careflow.className: %s
                zeebe.broker.exporters.careflow.jarPath: %s
                zeebe.broker.exporters.careflow.args.uri: %s
                zeebe.broker.exporters.careflow.args.database: %s
                """.formatted(ExporterJar.CLASS_NAME, quoted(jar.toString()),
                quoted(InProcessMongo.connectionString(properties)),
                quoted(zeebe.exporter().database()));
    }

    private Path pidFile() {
        return properties.dataDir().resolve("run").resolve("zeebe.pid");
    }
}
