package com.careflow.worker;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every worker module (and the one-JVM platform) gets one set of subscriptions for all its topic workers. */
@AutoConfiguration
@EnableConfigurationProperties(EngineClientProperties.class)
public class WorkerSupportConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceAccountTokens serviceAccountTokens(EngineClientProperties properties) {
        return new ServiceAccountTokens(properties.token());
    }

    @Bean
    @ConditionalOnMissingBean
    TopicSubscriptions topicSubscriptions(ApplicationContext context, EngineClientProperties properties,
            ServiceAccountTokens tokens) {
        return new TopicSubscriptions(context, properties, tokens);
    }

    @Bean
    @ConditionalOnMissingBean
    EngineMessages engineMessages(EngineClientProperties properties, ServiceAccountTokens tokens) {
        return new EngineMessages(properties, tokens);
    }

    /**
     * Health "workers": out of service until every topic is subscribed (part of the platform's readiness). A nested
     * class, so that a worker without the actuator never loads the indicator's type.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class WorkersHealth {

        @Bean
        @ConditionalOnMissingBean(name = "workersHealthIndicator")
        WorkersHealthIndicator workersHealthIndicator(TopicSubscriptions subscriptions) {
            return new WorkersHealthIndicator(subscriptions);
        }
    }
}
