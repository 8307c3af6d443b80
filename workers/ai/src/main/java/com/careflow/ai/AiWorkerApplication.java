package com.careflow.ai;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import com.careflow.domain.DomainConfiguration;

/**
 * The AI worker. Runs alone (compose) with {@code ai-worker.yml}, or inside the all-in-one app, which imports this
 * class; hence no {@code application.yml} here.
 */
@SpringBootApplication
@Import(DomainConfiguration.class)
@ConfigurationPropertiesScan
public class AiWorkerApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(AiWorkerApplication.class)
                .properties("spring.config.name=ai-worker")
                .run(args);
    }
}
