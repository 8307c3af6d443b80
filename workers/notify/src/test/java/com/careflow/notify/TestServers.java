package com.careflow.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.ServerSetup;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The real servers the notify worker talks to in tests: a Mongo wire server (mongo-java-server, in memory),
 * one per test JVM, and a GreenMail SMTP server on a port fixed for the JVM, which tests start and stop.
 */
class TestServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final String MONGO_URI = MONGO.bindAndGetConnectionString() + "/careflow-notify-test";
    private static final int SMTP_PORT = freePort();

    static ServerSetup smtp() {
        return new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.data.mongodb.uri=" + MONGO_URI,
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + SMTP_PORT,
                "spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "spring.mail.properties.mail.smtp.timeout=2000")
                .applyTo(context);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
