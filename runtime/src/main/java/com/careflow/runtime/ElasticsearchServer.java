package com.careflow.runtime;

import static com.careflow.runtime.Yaml.quoted;

import java.io.File;
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
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A single-node Elasticsearch from the unpacked integ-test distribution as a child process, on loopback ports, run
 * by the JDK that runs CareFlow. Everything it writes (config, data, logs, temp files) lives under
 * {@code <data-dir>/elasticsearch}; the distribution itself is never modified.
 */
final class ElasticsearchServer {

    static final String NAME = "Elasticsearch";
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(3);
    private static final Set<String> SERVING = Set.of("green", "yellow");
    /**
     * Elasticsearch refuses to run as root. As root we start it in a user namespace where our uid appears as this
     * one: files stay owned by us, nothing needs chown, and no real user account is involved.
     */
    private static final String NAMESPACE_ID = "1000";

    private final RuntimeProperties properties;
    private final RuntimeProperties.Elasticsearch elasticsearch;
    private final Path distribution;
    private final String version;
    private final ObjectMapper json = new ObjectMapper();
    private ChildProcess process;

    ElasticsearchServer(RuntimeProperties properties, Distributions distributions) {
        this.properties = properties;
        this.elasticsearch = properties.elasticsearch();
        this.distribution = distributions.elasticsearch();
        this.version = distributions.elasticsearchVersion();
    }

    List<PortCheck.Port> ports() {
        String prefix = RuntimeProperties.PREFIX + ".elasticsearch.";
        return List.of(
                new PortCheck.Port(elasticsearch.httpPort(), "Elasticsearch HTTP", prefix + "http-port"),
                new PortCheck.Port(elasticsearch.transportPort(), "Elasticsearch transport",
                        prefix + "transport-port"));
    }

    URI url() {
        return url(properties);
    }

    /** Also known when Elasticsearch is switched off (then nothing answers there). */
    static URI url(RuntimeProperties properties) {
        return URI.create("http://127.0.0.1:" + properties.elasticsearch().httpPort());
    }

    void stopStale() {
        ChildProcess.stopStale(NAME, pidFile(), properties.dataDir().toString());
    }

    void start(Startup startup) {
        Instant began = Instant.now();
        Path config = writeConfig();
        Path log = properties.logDir().resolve("elasticsearch.log");
        Progress.say("%s %s starting (log: %s)".formatted(NAME, version, log));
        process = ChildProcess.start(NAME, command(), distribution, environment(config), log, pidFile());
        URI health = URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build()) {
            startup.awaitReady(NAME, process, () -> serving(http, health));
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        Progress.say("%s ready in %s (%s)".formatted(NAME, Progress.secondsSince(began), url()));
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    /**
     * Writes our own config directory (ES_PATH_CONF): the distribution's files copied first, then elasticsearch.yml
     * and the heap options from careflow.runtime.elasticsearch.*. Returns the directory.
     */
    Path writeConfig() {
        Path home = home();
        Path config = home.resolve("config");
        try {
            copyTree(distribution.resolve("config"), config);
            for (String directory : List.of("data", "logs", "tmp")) {
                Files.createDirectories(home.resolve(directory));
            }
            Files.writeString(config.resolve("elasticsearch.yml"), configYaml(home));
            Files.createDirectories(config.resolve("jvm.options.d"));
            Files.writeString(config.resolve("jvm.options.d").resolve("careflow-heap.options"), """
                    # Written by the CareFlow runtime on every start; change careflow.runtime.elasticsearch.heap.
                    -Xms%1$s
                    -Xmx%1$s
                    """.formatted(elasticsearch.heap()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    private String configYaml(Path home) {
        String yaml = """
                # Written by the CareFlow runtime on every start; change careflow.runtime.elasticsearch.* instead.
                cluster.name: careflow-local
                node.name: careflow
                # one node, no discovery on the network (and no production bootstrap checks)
                discovery.type: single-node
                network.host: 127.0.0.1
                http.port: %d
                transport.port: %d
                path.data: %s
                path.logs: %s
                # a nearly full developer disk must not turn the indices read-only
                cluster.routing.allocation.disk.threshold_enabled: false
                """.formatted(elasticsearch.httpPort(), elasticsearch.transportPort(),
                quoted(home.resolve("data").toString()), quoted(home.resolve("logs").toString()));
        // an unknown setting stops Elasticsearch: only a distribution that has security can have it switched off
        if (Files.isDirectory(distribution.resolve("modules").resolve("x-pack-security"))) {
            yaml += "xpack.security.enabled: false\n";
        }
        return yaml;
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of(requireUnshare(), "--user", "--map-user=" + NAMESPACE_ID,
                    "--map-group=" + NAMESPACE_ID));
        }
        command.addAll(List.of("bash", "bin/elasticsearch"));
        return command;
    }

    private Map<String, String> environment(Path config) {
        return Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_PATH_CONF", config.toString(),
                "ES_TMPDIR", home().resolve("tmp").toString(),
                // options from the developer's shell would make runs differ from machine to machine
                "ES_JAVA_OPTS", ChildJvm.quickCompilerOnly());
    }

    private boolean serving(HttpClient http, URI health) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(HTTP_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200
                && SERVING.contains(json.readTree(response.body()).path("status").asText());
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String requireUnshare() {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "unshare"))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst()
                .orElseThrow(() -> new RuntimeStartupException(
                        "Elasticsearch refuses to run as root, and unshare (util-linux) is not installed to run it "
                                + "as an unprivileged user",
                        "Run CareFlow as a normal user, install util-linux, or set "
                                + RuntimeProperties.PREFIX + ".elasticsearch.enabled=false"));
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private Path home() {
        return properties.dataDir().resolve("elasticsearch");
    }

    private Path pidFile() {
        return properties.dataDir().resolve("run").resolve("elasticsearch.pid");
    }
}
