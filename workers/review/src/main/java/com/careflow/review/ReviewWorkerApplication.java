package com.careflow.review;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import com.careflow.domain.DomainConfiguration;

/**
 * The review worker. Runs alone (compose) with {@code review-worker.yml}, or inside the all-in-one app, which
 * imports this class; hence no {@code application.yml} here.
 */
@SpringBootApplication
@Import(DomainConfiguration.class)
@ConfigurationPropertiesScan
public class ReviewWorkerApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(ReviewWorkerApplication.class)
                .properties("spring.config.name=review-worker")
                .run(args);
    }
}
