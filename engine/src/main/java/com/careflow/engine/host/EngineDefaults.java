package com.careflow.engine.host;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code careflow-engine-defaults.properties} as the environment's last property source: every engine node
 * (the portal alone, the all-in-one app) gets the same engine settings, and any yml, profile or environment variable
 * still overrides them. Registered in {@code META-INF/spring.factories}.
 */
class EngineDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "careflowEngineDefaults";
    private static final String FILE = "careflow-engine-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(SOURCE_NAME,
                    new ClassPathResource(FILE, EngineDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("The engine module's " + FILE + " is missing from its jar", e);
        }
    }
}
