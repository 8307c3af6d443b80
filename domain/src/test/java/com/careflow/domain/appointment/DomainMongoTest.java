package com.careflow.domain.appointment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import com.careflow.domain.DomainConfiguration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The domain's real Spring context (repositories, converters, components) on a real Mongo wire server
 * (mongo-java-server in memory, one per test JVM). Demo data is off unless a test turns it on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DomainMongoTest.Config.class, properties = "careflow.demo-data=false")
@ContextConfiguration(initializers = DomainMongoTest.InProcessMongo.class)
public @interface DomainMongoTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(DomainConfiguration.class)
    class Config {
    }

    class InProcessMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
        private static final String URI = SERVER.bindAndGetConnectionString() + "/careflow-domain-test";

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.data.mongodb.uri=" + URI).applyTo(context);
        }
    }
}
