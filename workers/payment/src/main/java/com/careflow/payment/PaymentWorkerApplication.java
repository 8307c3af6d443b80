package com.careflow.payment;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;

import com.careflow.domain.DomainConfiguration;

/**
 * The payment worker. Runs alone (compose) with {@code payment-worker.yml}, or inside the all-in-one app, which
 * imports this class; hence no {@code application.yml} here.
 */
@SpringBootApplication
@Import(DomainConfiguration.class)
@EnableMongoRepositories // this module's own repositories (Payments); the domain enables its own
@ConfigurationPropertiesScan
public class PaymentWorkerApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(PaymentWorkerApplication.class)
                .properties("spring.config.name=payment-worker")
                .run(args);
    }
}
