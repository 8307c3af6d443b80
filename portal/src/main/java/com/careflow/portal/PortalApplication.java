package com.careflow.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

import com.careflow.domain.DomainConfiguration;

/**
 * The customer portal, an engine node: the engine module's host deploys the process models and its adapter gives
 * the domain's engine ports. The portal owns the order aggregate, including the topic workers that change its
 * state. Search (Elasticsearch) comes in through {@link com.careflow.portal.search.PortalSearchConfiguration}.
 */
@SpringBootApplication
@Import(DomainConfiguration.class)
public class PortalApplication {

    public static void main(String[] args) {
        // portal.yml, not application.yml: the all-in-one app imports this class and brings its own application.yml
        new SpringApplicationBuilder(PortalApplication.class).properties("spring.config.name=portal").run(args);
    }
}
