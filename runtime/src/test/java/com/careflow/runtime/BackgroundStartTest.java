package com.careflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code await-children=false} the runtime hands over as soon as MongoDB and mail serve, while Keycloak goes on
 * starting ({@link LocalRuntime#childrenReady()}); the realm is imported on the first start only, and its JVM leaves
 * a class-data archive for the next start.
 */
class BackgroundStartTest {

    @TempDir
    Path dataDir;

    @Test
    void startReturnsWhileKeycloakStartsAndTheRealmIsImportedOnce() throws Exception {
        RuntimeProperties properties = TestProperties.bind(dataDir, Map.of(
                "careflow.runtime.await-children", "false",
                "careflow.runtime.elasticsearch.enabled", "false"));
        try (LocalRuntime runtime = new LocalRuntime(properties);
                HttpClient http = HttpClient.newHttpClient()) {
            runtime.start();
            assertThat(runtime.childrenReady()).as("Keycloak takes seconds to start").isNotDone();

            runtime.childrenReady().get(4, TimeUnit.MINUTES);
            assertThat(discovery(http, runtime)).isEqualTo(200);

            runtime.restart(); // stops Keycloak (writing its class-data archive) and waits for it on the same data
            assertThat(runtime.childrenReady()).isDone();
            assertThat(discovery(http, runtime)).as("the realm is still there, without an import").isEqualTo(200);
        }
        List<String> starts = Files.readAllLines(dataDir.resolve("logs").resolve("keycloak.log")).stream()
                .filter(line -> line.startsWith("==== ") && line.contains(" start --optimized")).toList();
        assertThat(starts).hasSize(2);
        assertThat(starts.get(0)).contains("--import-realm");
        assertThat(starts.get(1)).doesNotContain("--import-realm");
        assertThat(dataDir.resolve("cds").resolve("keycloak.jsa")).isNotEmptyFile();
    }

    private static int discovery(HttpClient http, LocalRuntime runtime) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(runtime.keycloakIssuer()
                + "/.well-known/openid-configuration")).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
