package com.careflow.portal.analyst.codebase;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The code-base facts for web slices: topics and messages as indexed by the builds on the test classpath (the
 * portal's own: order.* topics, the portal's messages), and a fixed coverage: {@value #COVERAGE}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CodeBaseTestConfiguration {

    public static final String COVERAGE = """
            {"service-order": {"ConfirmOrder": ["features/service-order.feature: Customer pays"]}}""";

    @Bean
    WorkerTopics workerTopics() {
        return new IndexedWorkerTopics();
    }

    @Bean
    MessageSenders messageSenders() {
        return new IndexedMessageSenders();
    }

    @Bean
    ScenarioCoverage scenarioCoverage() {
        return new RecordedScenarioCoverage(new ObjectMapper(),
                new ByteArrayInputStream(COVERAGE.getBytes(StandardCharsets.UTF_8)));
    }
}
