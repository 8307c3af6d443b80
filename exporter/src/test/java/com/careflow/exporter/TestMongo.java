package com.careflow.exporter;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A mongo-java-server that can go away and come back on the same port with its data, like a restarted MongoDB:
 * {@link MongoServer#shutdownNow()} closes the backend, and closing a memory backend drops its data, so this backend
 * ignores close.
 */
final class TestMongo implements AutoCloseable {

    private final MongoBackend backend;
    private final int port;
    private MongoServer server;

    TestMongo() {
        this(new MemoryBackend() {
            @Override
            public void close() {
                // keep the data across stop/start
            }
        });
    }

    TestMongo(MongoBackend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        this.port = address.getPort();
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** Drops every client connection and stops listening: the outage. */
    void stop() {
        server.shutdownNow();
        server = null;
    }

    void start() {
        server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
        }
    }
}
