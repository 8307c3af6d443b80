package com.careflow.payment;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Points a test context at a real Mongo wire server (mongo-java-server, in memory), one per test JVM. */
public class InProcessMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
    private static final String URI = SERVER.bindAndGetConnectionString() + "/careflow-payment-test";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.data.mongodb.uri=" + URI).applyTo(context);
    }
}
