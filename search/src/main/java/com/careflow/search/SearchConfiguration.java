package com.careflow.search;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Search over Elasticsearch: what the portal (and the bench) import. Needs the domain ({@code DomainConfiguration})
 * and Boot's Elasticsearch client auto-configuration ({@code spring.elasticsearch.uris}).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableScheduling
@EnableConfigurationProperties(SearchProperties.class)
public class SearchConfiguration {
}
