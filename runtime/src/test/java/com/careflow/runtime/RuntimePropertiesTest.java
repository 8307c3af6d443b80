package com.careflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

class RuntimePropertiesTest {

    @Test
    void defaultsAreTheDocumentedPortsAndDirectories() {
        RuntimeProperties properties = RuntimeProperties.bind(new StandardEnvironment());
        Path workingDirectory = Path.of(System.getProperty("user.dir"));

        assertThat(properties.embedded()).isFalse();
        assertThat(properties.home()).isEqualTo(Path.of(System.getProperty("careflow.runtime.home",
                workingDirectory.resolve(".careflow").toString())).toAbsolutePath().normalize());
        assertThat(properties.dataDir()).isEqualTo(properties.home().resolve("data"));
        assertThat(properties.logDir()).isEqualTo(properties.home().resolve("data/logs"));
        assertThat(properties.startupTimeout()).isEqualTo(Duration.ofSeconds(240));
        assertThat(properties.awaitChildren()).isTrue();
        assertThat(properties.engineDataDir()).isEqualTo(properties.home().resolve("data/engine"));
        assertThat(properties.keycloak()).isEqualTo(new RuntimeProperties.Keycloak(8180, 9180, "admin",
                workingDirectory.resolve("identity/keycloak-realm.json")));
        assertThat(properties.elasticsearch()).isEqualTo(new RuntimeProperties.Elasticsearch(true, 9200, 9300,
                "512m"));
        assertThat(properties.mongo().port()).isEqualTo(27017);
        assertThat(properties.mail()).isEqualTo(new RuntimeProperties.Mail(3025, 3143));
    }

    @Test
    void bindsRelaxedNamesAndResolvesRelativeDirectories() {
        RuntimeProperties properties = RuntimeProperties.bind(new Binder(new MapConfigurationPropertySource(Map.of(
                "careflow.runtime.embedded", "true",
                "careflow.runtime.home", "build/../cf-home",
                "careflow.runtime.startup-timeout", "2m",
                "careflow.runtime.await-children", "false",
                "careflow.runtime.keycloak.managementPort", "19180",
                "careflow.runtime.keycloak.admin-password", "s3cret",
                "careflow.runtime.elasticsearch.enabled", "false",
                "careflow.runtime.elasticsearch.http-port", "19200"))));

        assertThat(properties.embedded()).isTrue();
        assertThat(properties.home()).isEqualTo(Path.of(System.getProperty("user.dir"), "cf-home"));
        assertThat(properties.dataDir()).isEqualTo(properties.home().resolve("data"));
        assertThat(properties.startupTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.awaitChildren()).isFalse();
        assertThat(properties.keycloak().managementPort()).isEqualTo(19180);
        assertThat(properties.keycloak().port()).isEqualTo(8180);
        assertThat(properties.keycloak().adminPassword()).isEqualTo("s3cret");
        assertThat(properties.elasticsearch()).isEqualTo(new RuntimeProperties.Elasticsearch(false, 19200, 9300,
                "512m"));
    }

    @Test
    void applicationWithoutTheSwitchStartsNothing() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE).run()) {
            assertThat(context.containsBean(EmbeddedRuntimeListener.BEAN_NAME)).isFalse();
        }
    }

    @Test
    void applicationCanPlaceTheEngineDatabaseUnderTheDataDir() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                // arguments: above the careflow.runtime.home system property surefire sets
                .run("--careflow.runtime.home=build/../cf-home",
                        "--engine.url=jdbc:h2:file:${careflow.runtime.engine-data-dir}/careflow")) {
            Path data = Path.of(System.getProperty("user.dir"), "cf-home", "data");
            assertThat(context.getEnvironment().getProperty("careflow.runtime.data-dir")).isEqualTo(data.toString());
            assertThat(context.getEnvironment().getProperty("engine.url"))
                    .isEqualTo("jdbc:h2:file:" + data.resolve("engine") + "/careflow");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
