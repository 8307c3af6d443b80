package com.careflow.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import com.careflow.domain.DomainConfiguration;

import io.camunda.client.annotation.Deployment;

/**
 * The benchmark (bench/README.md): starts the platform's servers through the runtime module (ports and data of its
 * own, bench.yml), deploys the process models, and runs the scenarios. This context holds no job worker: the
 * baseline opens no-op workers on its client, and the real run starts the platform (portal and every worker) as a
 * second application on the same servers.
 * <p>
 * Deliberately no component scan: the scenario classes are plain objects, so nothing of the benchmark leaks into
 * the platform's context or the other way round.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(DomainConfiguration.class)
@EnableConfigurationProperties(BenchSettings.class)
@Deployment(resources = NoopWorkers.MODELS)
public class BenchApplication {

    private static final Logger log = LoggerFactory.getLogger(BenchApplication.class);

    /** The platform's application.yml (in the app jar), then the benchmark's overrides. */
    static final String CONFIG_NAME = "spring.config.name=application,bench";

    public static void main(String[] args) {
        int status = 0;
        try (ConfigurableApplicationContext servers = new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE)
                .properties(CONFIG_NAME)
                .listeners(new FreshData())
                .run(args)) {
            new Benchmark(servers, args).run();
        } catch (RuntimeException e) {
            log.error("The benchmark failed", e);
            status = 1;
        }
        // the Camunda client and the servers' threads are not all daemons
        System.exit(status);
    }
}
