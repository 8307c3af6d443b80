package com.careflow.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import com.careflow.app.CareFlowApplication;

/**
 * The benchmark (bench/README.md): starts the platform as the app runs it (the portal with its embedded process
 * engine, which deploys the models, and every worker) on the runtime's servers, with ports and data of its own
 * (bench.yml), and runs the scenarios against it. The engine lives in the platform, so there is one platform for
 * the whole run; the phases differ in whose topic workers are subscribed ({@link Benchmark}).
 * <p>
 * The scenario classes are plain objects, not beans: nothing of the benchmark leaks into the platform's context.
 */
@SpringBootConfiguration
@Import(CareFlowApplication.class)
@EnableConfigurationProperties(BenchSettings.class)
public class BenchApplication {

    private static final Logger log = LoggerFactory.getLogger(BenchApplication.class);

    /** The platform's application.yml (in the app jar), then the benchmark's overrides. */
    static final String CONFIG_NAME = "spring.config.name=application,bench";

    public static void main(String[] args) {
        int status = 0;
        try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(BenchApplication.class)
                .properties(CONFIG_NAME)
                .listeners(new FreshData())
                .run(args)) {
            new Benchmark(platform).run();
        } catch (RuntimeException e) {
            log.error("The benchmark failed", e);
            status = 1;
        }
        // the external-task clients and the servers' threads are not all daemons
        System.exit(status);
    }
}
