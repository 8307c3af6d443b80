package com.careflow.assign;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import com.careflow.domain.DomainConfiguration;

/**
 * The assign worker. Runs alone (compose) with {@code assign-worker.yml}, or inside the all-in-one app, which imports
 * this class; hence no {@code application.yml} here.
 */
@SpringBootApplication
@Import(DomainConfiguration.class)
@ConfigurationPropertiesScan
public class AssignWorkerApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(AssignWorkerApplication.class)
                .properties("spring.config.name=assign-worker")
                .run(args);
    }
}
