package com.careflow.processes.exporter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.io.UncheckedIOException;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The exporter test's MongoDB: mongo-java-server in memory on a free loopback port, which can go down (every client
 * connection dropped, nothing listening) and come back on the same port with the same data.
 */
final class OutageMongo implements AutoCloseable {

    // MongoServer.shutdownNow() closes its backend, and closing a memory backend drops the data: keep it
    private final MemoryBackend backend = new MemoryBackend() {
        @Override
        public void close() {
        }
    };
    private final int port = freePort();
    private MongoServer server;

    OutageMongo() {
        start();
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    void start() {
        server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
    }

    void stop() {
        server.shutdownNow();
        server = null;
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
