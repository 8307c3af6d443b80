package com.careflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The whole runtime as the app gets it: a Spring Boot application with careflow.runtime.embedded=true finds every
 * server answering once its context exists, and closing the context leaves no process and no port behind.
 * Elasticsearch starts alongside, in parallel. The application learns where the embedded engine's database goes: under
 * the data dir. Starts Keycloak with the real realm (about 30 s, plus a one-time
 * Keycloak build of about 25 s).
 */
@Tag("keycloak")
class EmbeddedRuntimeTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void serversAnswerWhileTheContextLivesAndAreGoneAfterItCloses() throws Exception {
        List<ProcessHandle> children = new ArrayList<>();
        LocalRuntime runtime;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .properties("careflow.runtime.embedded=true")
                .properties(TestProperties.asPairs(dataDir, Map.of()))
                .run()) {
            runtime = context.getBean(EmbeddedRuntimeListener.BEAN_NAME, LocalRuntime.class);

            JsonNode discovery = getJson(URI.create(runtime.keycloakIssuer() + "/.well-known/openid-configuration"));
            assertThat(discovery.path("issuer").asText()).isEqualTo("http://localhost:26680/realms/careflow");
            assertThat(discovery.path("token_endpoint").asText()).startsWith("http://localhost:26680/");

            assertThat(context.getEnvironment().getProperty("careflow.runtime.engine-data-dir"))
                    .isEqualTo(dataDir.resolve("engine").toAbsolutePath().normalize().toString())
                    .isEqualTo(runtime.engineDataDir().toString());

            try (MongoClient mongo = MongoClients.create(runtime.mongoConnectionString())) {
                assertThat(mongo.getDatabase("careflow").runCommand(new Document("ping", 1)).get("ok", Number.class)
                        .intValue()).isEqualTo(1);
            }
            assertThat(PortCheck.isFree(runtime.smtpPort())).as("SMTP listening").isFalse();
            assertThat(getJson(URI.create(runtime.elasticsearchUrl() + "/_cluster/health")).path("status").asText())
                    .isIn("green", "yellow");

            for (String server : List.of("keycloak", "elasticsearch")) {
                long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("run/" + server + ".pid")).get(0));
                ProcessHandle child = ProcessHandle.of(pid).orElseThrow();
                children.add(child);
                children.addAll(child.descendants().toList());
            }
        }

        assertThat(children).as("no server process outlives the context").noneMatch(ProcessHandle::isAlive);
        assertThat(TestProperties.PORTS.values()).as("every port released")
                .allSatisfy(port -> assertThat(PortCheck.isFree(Integer.parseInt(port))).as(port).isTrue());
        assertThat(dataDir.resolve("run")).isEmptyDirectory();
    }

    private JsonNode getJson(URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
