package com.careflow.portal.analyst.lint;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.careflow.portal.security.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real lint for web slices (bpmnlint on GraalJS and CareFlow's rules) over a fixed code base: topics
 * {@link #SERVED_TOPICS}, messages {@link #SENT_MESSAGES}, no coverage recorded.
 */
@TestConfiguration(proxyBeanMethods = false)
public class LintTestConfiguration {

    public static final Map<String, String> SERVED_TOPICS = Map.of("payment.charge", "workers/payment");
    public static final Set<String> SENT_MESSAGES = Set.of("payment-submitted");

    @Bean
    DiagramLint diagramLint() {
        return new DiagramLint(new Bpmnlint(new ObjectMapper()), new CareflowRules(Codebase.topics(SERVED_TOPICS),
                Codebase.senders(SENT_MESSAGES), Codebase.coverage(null), Roles.CAREFLOW));
    }
}
