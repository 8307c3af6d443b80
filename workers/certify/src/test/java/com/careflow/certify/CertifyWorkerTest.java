package com.careflow.certify;

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
 * The certify worker's real Spring context on an in-process Mongo server, without engine subscriptions: tests call the
 * topic worker methods the way the subscription would. Keycloak and the engine's message are recorded (the app's
 * certification feature runs them for real).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CertifyWorkerApplication.class, properties = {
        "careflow.worker.engine.enabled=false",
        "careflow.demo-data=false",
        "careflow.certification.review-due=3d",
        "careflow.certification.retry-backoff=4s" })
@ContextConfiguration(initializers = CertifyWorkerTest.InProcessMongo.class)
@Import(Fixtures.class)
@interface CertifyWorkerTest {

    class InProcessMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
        private static final String URI = SERVER.bindAndGetConnectionString() + "/careflow-certify-test";

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.data.mongodb.uri=" + URI).applyTo(context);
        }
    }
}
