package com.careflow.notify;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.careflow.domain.DomainConfiguration;

/**
 * The notify worker. Runs alone (compose) with {@code notify-worker.yml}, or inside the all-in-one app, which
 * imports this class; hence no {@code application.yml} here. Scheduling runs the {@link TaskAlerts}.
 */
@SpringBootApplication
@EnableScheduling
@Import(DomainConfiguration.class)
@ConfigurationPropertiesScan
public class NotifyWorkerApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(NotifyWorkerApplication.class)
                .properties("spring.config.name=notify-worker")
                .run(args);
    }
}
