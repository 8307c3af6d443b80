package com.careflow.certify;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import com.careflow.domain.DomainConfiguration;

/**
 * The certify worker. Runs alone (compose) with {@code certify-worker.yml}, or inside the all-in-one app, which
 * imports this class; hence no {@code application.yml} here.
 */
@SpringBootApplication
@Import(DomainConfiguration.class)
@ConfigurationPropertiesScan
public class CertifyWorkerApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CertifyWorkerApplication.class)
                .properties("spring.config.name=certify-worker")
                .run(args);
    }
}
