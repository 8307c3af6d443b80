package com.careflow.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import com.careflow.domain.DomainConfiguration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The search module as the portal runs it (SearchConfiguration + domain + Boot's auto-configuration) against the
 * shared real Elasticsearch and a MongoDB wire server in memory, one per test class. Each class sets its own
 * {@code careflow.search.index-prefix}, so classes never see each other's indices; the context is closed after
 * the class so its indexer stops.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SearchIntegrationTest.Config.class, properties = {
        "careflow.demo-data=false",
        "careflow.search.indexer.poll-interval=100ms",
        "careflow.search.startup-retry=500ms",
        "spring.elasticsearch.connection-timeout=1s",
        "spring.elasticsearch.socket-timeout=10s",
        "management.endpoint.health.show-details=always"})
@ContextConfiguration(initializers = SearchIntegrationTest.Servers.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@interface SearchIntegrationTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({SearchConfiguration.class, DomainConfiguration.class})
    class Config {
    }

    /** Points the context at the shared Elasticsearch and at a fresh in-memory MongoDB. */
    class Servers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            MongoServer mongo = new MongoServer(new MemoryBackend());
            String mongoUri = mongo.bindAndGetConnectionString() + "/careflow-search-test";
            // registered first, destroyed last: after the indexer and the Mongo client are gone
            ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("testMongoServer",
                    mongo::shutdownNow);
            TestPropertyValues.of("spring.data.mongodb.uri=" + mongoUri,
                    "spring.elasticsearch.uris=" + SharedElasticsearch.url()).applyTo(context);
        }
    }
}
