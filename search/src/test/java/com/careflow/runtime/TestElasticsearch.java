package com.careflow.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The runtime's real Elasticsearch for the search module's tests, started exactly as the local runtime starts it.
 * Lives in the runtime's package because {@link ElasticsearchServer} is the runtime's own business (not public);
 * this is test code only.
 */
public final class TestElasticsearch {

    private final ElasticsearchServer server;

    private TestElasticsearch(ElasticsearchServer server) {
        this.server = server;
    }

    /** A server on these loopback ports keeping its data under {@code dataDir} (kept across stop/start). */
    public static TestElasticsearch create(Path dataDir, int httpPort, int transportPort) {
        Map<String, String> settings = new HashMap<>();
        settings.put("careflow.runtime.home", System.getProperty("careflow.runtime.home", "../.careflow"));
        settings.put("careflow.runtime.data-dir", dataDir.toString());
        settings.put("careflow.runtime.elasticsearch.http-port", String.valueOf(httpPort));
        settings.put("careflow.runtime.elasticsearch.transport-port", String.valueOf(transportPort));
        RuntimeProperties properties = RuntimeProperties.bind(new Binder(new MapConfigurationPropertySource(settings)));
        ElasticsearchServer server = new ElasticsearchServer(properties, Distributions.in(properties.home()));
        server.stopStale();
        return new TestElasticsearch(server);
    }

    public void start() {
        server.start(new Startup(Duration.ofSeconds(120), () -> false));
    }

    public void stop() {
        server.stop();
    }

    public URI url() {
        return server.url();
    }
}
