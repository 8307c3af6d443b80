package com.careflow.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.careflow.runtime.TestElasticsearch;

/**
 * One real Elasticsearch per test JVM (a start takes about 10 s), on ports 26794/26795 so it never meets a CareFlow
 * running on the defaults or the runtime module's tests. Stopped and its data deleted when the JVM exits.
 */
final class SharedElasticsearch {

    static final int HTTP_PORT = 26794;
    static final int TRANSPORT_PORT = 26795;

    private static TestElasticsearch server;
    private static boolean running;

    private SharedElasticsearch() {
    }

    static synchronized String url() {
        if (server == null) {
            Path dataDir = createDataDir();
            server = TestElasticsearch.create(dataDir, HTTP_PORT, TRANSPORT_PORT);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                deleteQuietly(dataDir);
            }, "stop-test-elasticsearch"));
        }
        if (!running) {
            start();
        }
        return server.url().toString();
    }

    /** For outage tests: the indices survive a stop. */
    static synchronized void stop() {
        server.stop();
        running = false;
    }

    static synchronized void start() {
        server.start();
        running = true;
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("careflow-search-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + directory + ": " + e);
        }
    }
}
