package com.careflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Elasticsearch distribution, started as the runtime starts it (about 10 s per start). */
class ElasticsearchServerTest {

    private static final String DOCUMENT = "/careflow-runtime-test/_doc/svc-1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void documentSurvivesARestartAndNoProcessOutlivesTheServer() throws Exception {
        RuntimeProperties properties = TestProperties.bind(dataDir);
        List<ProcessHandle> processes = new ArrayList<>();

        ElasticsearchServer first = start(properties);
        try {
            JsonNode health = send("GET", first.url() + "/_cluster/health", null, 200);
            assertThat(health.path("status").asText()).isIn("green", "yellow");
            assertThat(health.path("cluster_name").asText()).isEqualTo("careflow-local");
            assertThat(health.path("number_of_nodes").asInt()).isEqualTo(1);

            send("PUT", first.url() + DOCUMENT + "?refresh=true",
                    "{\"name\": \"上门护理 home nursing\", \"price\": 199.5}", 201);
            assertThat(send("GET", first.url() + DOCUMENT, null, 200).path("_source").path("name").asText())
                    .isEqualTo("上门护理 home nursing");

            ProcessHandle server = ProcessHandle.of(pidOf(properties)).orElseThrow();
            processes.add(server);
            processes.addAll(server.descendants().toList());
            assertThat(processes).as("the launcher and the server JVM").hasSizeGreaterThanOrEqualTo(2);
        } finally {
            first.stop();
        }
        assertThat(processes).as("no process outlives stop()").noneMatch(ProcessHandle::isAlive);
        assertThat(PortCheck.isFree(properties.elasticsearch().httpPort())).as("HTTP port released").isTrue();
        assertThat(PortCheck.isFree(properties.elasticsearch().transportPort())).as("transport port released")
                .isTrue();
        assertThat(dataDir.resolve("run/elasticsearch.pid")).doesNotExist();

        ElasticsearchServer second = start(properties);
        try {
            JsonNode source = send("GET", second.url() + DOCUMENT, null, 200).path("_source");
            assertThat(source.path("name").asText()).isEqualTo("上门护理 home nursing");
            assertThat(source.path("price").decimalValue()).isEqualByComparingTo("199.5");
        } finally {
            second.stop();
        }
        assertThat(dataDir.resolve("elasticsearch/data")).isNotEmptyDirectory();
    }

    @Test
    void serverThatExitsWhileStartingIsReportedWithItsLog() {
        RuntimeProperties properties = TestProperties.bind(dataDir,
                Map.of("careflow.runtime.elasticsearch.heap", "lots"));
        ElasticsearchServer server = new ElasticsearchServer(properties, Distributions.in(properties.home()));
        try {
            assertThatThrownBy(() -> server.start(new Startup(Duration.ofSeconds(60), () -> false)))
                    .isInstanceOf(RuntimeStartupException.class)
                    .hasMessageStartingWith("Elasticsearch exited with code ")
                    .hasMessageContaining(dataDir.resolve("logs/elasticsearch.log").toString())
                    .satisfies(e -> assertThat(((RuntimeStartupException) e).action()).startsWith("Read the last"));
        } finally {
            server.stop();
        }
        assertThat(dataDir.resolve("run/elasticsearch.pid")).doesNotExist();
    }

    @Test
    void takenHttpPortIsReportedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 26692));
            LocalRuntime runtime = new LocalRuntime(TestProperties.bind(dataDir));
            assertThatThrownBy(runtime::start)
                    .isInstanceOf(RuntimeStartupException.class)
                    .hasMessage("Port 26692 (Elasticsearch HTTP) is in use — is CareFlow already running?")
                    .satisfies(e -> assertThat(((RuntimeStartupException) e).action())
                            .isEqualTo("Stop it or set careflow.runtime.elasticsearch.http-port"));
        }
        assertThat(dataDir.resolve("logs")).as("no server was started").doesNotExist();
    }

    @Test
    void configIsOurOwnCopyRewrittenOnEveryStartAndTheDistributionStaysUntouched() throws Exception {
        RuntimeProperties properties = TestProperties.bind(dataDir,
                Map.of("careflow.runtime.elasticsearch.heap", "384m"));
        Distributions distributions = Distributions.in(properties.home());
        ElasticsearchServer server = new ElasticsearchServer(properties, distributions);
        Path config = dataDir.resolve("elasticsearch/config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("elasticsearch.yml"), "http.port: 1\n");

        assertThat(server.writeConfig()).isEqualTo(config);

        String yaml = Files.readString(config.resolve("elasticsearch.yml"));
        assertThat(yaml).contains("""
                discovery.type: single-node
                network.host: 127.0.0.1
                http.port: 26692
                transport.port: 26693
                path.data: '%s'
                path.logs: '%s'
                """.formatted(dataDir.resolve("elasticsearch/data"), dataDir.resolve("elasticsearch/logs")))
                .doesNotContain("http.port: 1\n");
        boolean hasSecurity = Files.isDirectory(distributions.elasticsearch().resolve("modules/x-pack-security"));
        assertThat(yaml.contains("xpack.security.enabled: false")).as("security off where the module exists")
                .isEqualTo(hasSecurity);
        assertThat(Files.readString(config.resolve("jvm.options.d/careflow-heap.options")))
                .contains("-Xms384m\n-Xmx384m\n");
        assertThat(config.resolve("jvm.options")).as("the distribution's files are copied first")
                .hasSameTextualContentAs(distributions.elasticsearch().resolve("config/jvm.options"));
        assertThat(config.resolve("log4j2.properties")).exists();
        assertThat(Files.readString(distributions.elasticsearch().resolve("config/elasticsearch.yml")))
                .doesNotContain("26692");
        assertThat(distributions.elasticsearch().resolve("config/jvm.options.d")).isEmptyDirectory();
    }

    private static ElasticsearchServer start(RuntimeProperties properties) {
        ElasticsearchServer server = new ElasticsearchServer(properties, Distributions.in(properties.home()));
        server.start(new Startup(Duration.ofSeconds(120), () -> false));
        return server;
    }

    private long pidOf(RuntimeProperties properties) throws Exception {
        return Long.parseLong(Files.readAllLines(properties.dataDir().resolve("run/elasticsearch.pid")).get(0));
    }

    private JsonNode send(String method, String uri, String body, int expectedStatus) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + uri + ": " + response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }
}
