package com.careflow.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server inside the app's JVM (mongo-java-server), storing into an H2 MVStore file so data
 * survives restarts.
 */
final class InProcessMongo {

    static final String NAME = "MongoDB";

    private final RuntimeProperties properties;
    private MongoServer server;

    InProcessMongo(RuntimeProperties properties) {
        this.properties = properties;
    }

    List<PortCheck.Port> ports() {
        return List.of(new PortCheck.Port(properties.mongo().port(), "MongoDB",
                RuntimeProperties.PREFIX + ".mongo.port"));
    }

    String connectionString() {
        return connectionString(properties);
    }

    /** Where the in-process MongoDB listens. */
    static String connectionString(RuntimeProperties properties) {
        return "mongodb://127.0.0.1:" + properties.mongo().port();
    }

    Path file() {
        return properties.dataDir().resolve("mongo").resolve("careflow.mv");
    }

    void start() {
        try {
            Files.createDirectories(file().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MongoServer mongo = new MongoServer(new H2Backend(file().toString()));
        mongo.bind("127.0.0.1", properties.mongo().port());
        server = mongo;
        Progress.say("%s (in-process, H2 file %s) ready on %s".formatted(NAME, file(), connectionString()));
    }

    /** Closes client connections and the H2 store, which writes what is still buffered. */
    void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }
}
