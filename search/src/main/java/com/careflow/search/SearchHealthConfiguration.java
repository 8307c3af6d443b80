package com.careflow.search;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health "searchIndices": out of service until every alias points at an index of the current mapping (built from
 * MongoDB on a first start), so the platform is not called ready before search can answer. Elasticsearch's own
 * reachability is Boot's "elasticsearch" indicator.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
class SearchHealthConfiguration {

    @Bean
    HealthIndicator searchIndicesHealthIndicator(IndexStartup startup) {
        return () -> startup.isReady() ? Health.up().build()
                : Health.outOfService().withDetail("waiting", "indices checked or built from MongoDB").build();
    }
}
