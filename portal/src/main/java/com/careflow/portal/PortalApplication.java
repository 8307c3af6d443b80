package com.careflow.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

import com.careflow.domain.DomainConfiguration;

import io.camunda.client.annotation.Deployment;

/**
 * The customer portal. It deploys the process models (the portal starts the instances, so it must be able to
 * rely on them being there) and owns the order aggregate, including the job workers that change its state. Search
 * (Elasticsearch) comes in through {@link com.careflow.portal.search.PortalSearchConfiguration}.
 */
@SpringBootApplication
@Import(DomainConfiguration.class)
@Deployment(resources = "classpath*:/processes/*.bpmn")
public class PortalApplication {

    public static void main(String[] args) {
        // portal.yml, not application.yml: the all-in-one app imports this class and brings its own application.yml
        new SpringApplicationBuilder(PortalApplication.class).properties("spring.config.name=portal").run(args);
    }
}
