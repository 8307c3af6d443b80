package com.careflow.assign;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The assign worker's real Spring context on an in-process Mongo server, without engine subscriptions: tests call the
 * topic worker methods the way the subscription would.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = AssignWorkerApplication.class, properties = {
        "careflow.worker.engine.enabled=false",
        "careflow.demo-data=false",
        "careflow.assignment.offer-window=7m",
        "careflow.assignment.retry-backoff=3s" })
@ContextConfiguration(initializers = AssignWorkerTest.InProcessMongo.class)
@Import(Fixtures.class)
@interface AssignWorkerTest {

    class InProcessMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
        private static final String URI = SERVER.bindAndGetConnectionString() + "/careflow-assign-test";

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.data.mongodb.uri=" + URI).applyTo(context);
        }
    }
}
