package com.careflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.Yaml;

import com.careflow.runtime.RuntimeProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * docker-compose.yml, read as data (there is no Docker engine where the tests run): every server asks for
 * credentials and the CareFlow services sign in with the same ones; only what a person uses is published, on the
 * host's loopback; and each setting given to a CareFlow container names configuration that exists (Spring relaxed
 * binding: SPRING_MAIL_USERNAME is spring.mail.username), so a misspelt variable cannot silently leave a default.
 */
class ComposeFileTest {

    /** What a person opens in a browser: the portal (both engine nodes), Keycloak's sign-in, Mailpit's inbox. */
    private static final Set<String> PUBLISHED = Set.of("portal", "engine-2", "keycloak", "mailpit");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::?-([^${}]*))?}");
    private static final Pattern CREDENTIALS = Pattern.compile("[^:\\s]+:[^\\s]+");

    private final Map<String, Map<String, Object>> services = services();

    @Test
    void everyServerAsksForCredentials() {
        for (Map.Entry<String, Map<String, Object>> service : servers().entrySet()) {
            String image = (String) service.getValue().get("image");
            Map<String, String> env = environment(service.getKey());
            String name = service.getKey();
            if (image.contains("elasticsearch")) {
                assertThat(env).as(name).containsEntry("xpack.security.enabled", "true");
                assertThat(env.get("ELASTIC_PASSWORD")).as(name).isNotBlank();
            } else if (image.startsWith("postgres")) {
                assertThat(env.get("POSTGRES_PASSWORD")).as(name).isNotBlank();
                assertThat(env).as(name).doesNotContainKey("POSTGRES_HOST_AUTH_METHOD");
            } else if (image.startsWith("mongo")) {
                assertThat(env.get("MONGO_INITDB_ROOT_USERNAME")).as(name).isNotBlank();
                assertThat(env.get("MONGO_INITDB_ROOT_PASSWORD")).as(name).isNotBlank();
            } else if (image.contains("keycloak")) {
                assertThat(env.get("KC_BOOTSTRAP_ADMIN_PASSWORD")).as(name).isNotBlank();
                assertThat(env.get("KC_DB_PASSWORD")).as(name).isNotBlank();
            } else if (image.contains("mailpit")) {
                assertThat(env.get("MP_SMTP_AUTH")).as(name).matches(CREDENTIALS);
                assertThat(env.get("MP_UI_AUTH")).as(name).matches(CREDENTIALS);
                assertThat(env).as(name).doesNotContainKey("MP_SMTP_AUTH_ACCEPT_ANY");
            } else {
                throw new AssertionError("no credentials rule for server " + name + " (" + image
                        + "): say here how it asks for credentials");
            }
        }
    }

    @Test
    void careFlowServicesSignInWithTheServersCredentials() {
        Map<String, String> mongo = environment("mongo");
        Map<String, String> mailpit = environment("mailpit");
        String elasticPassword = environment("elasticsearch").get("ELASTIC_PASSWORD");
        for (String service : careFlowServices()) {
            Map<String, String> env = environment(service);
            assertThat(env.get("SPRING_DATA_MONGODB_URI")).as(service).startsWith("mongodb://"
                    + mongo.get("CAREFLOW_MONGO_USER") + ":" + mongo.get("CAREFLOW_MONGO_PASSWORD") + "@mongo:");
            assertThat(env.get("SPRING_MAIL_USERNAME") + ":" + env.get("SPRING_MAIL_PASSWORD")).as(service)
                    .isEqualTo(mailpit.get("MP_SMTP_AUTH"));
            assertThat(env).as(service).containsEntry("SPRING_MAIL_PROPERTIES_MAIL_SMTP_AUTH", "true");
            if (env.containsKey("SPRING_ELASTICSEARCH_URIS")) {
                assertThat(env).as(service).containsEntry("SPRING_ELASTICSEARCH_USERNAME", "elastic")
                        .containsEntry("SPRING_ELASTICSEARCH_PASSWORD", elasticPassword);
            }
            if (env.containsKey("SPRING_DATASOURCE_URL")) {
                assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).as(service)
                        .isEqualTo(environment("engine-db").get("POSTGRES_PASSWORD"));
            }
        }
    }

    @Test
    void onlyWhatAPersonUsesIsPublishedAndOnLoopback() {
        Map<String, List<String>> published = new TreeMap<>();
        services.forEach((name, service) -> {
            @SuppressWarnings("unchecked")
            List<Object> ports = (List<Object>) service.getOrDefault("ports", List.of());
            if (!ports.isEmpty()) {
                published.put(name, ports.stream().map(String::valueOf).toList());
            }
        });

        assertThat(published.keySet()).isEqualTo(new HashSet<>(PUBLISHED));
        published.forEach((name, ports) -> assertThat(ports).as(name).allMatch(p -> p.startsWith("127.0.0.1:")));
    }

    @Test
    void everySettingGivenToACareFlowServiceExists() {
        Set<String> known = knownProperties();
        Set<String> mapPrefixes = bootMapProperties();
        List<String> unknown = new ArrayList<>();
        for (String service : careFlowServices()) {
            for (String variable : environment(service).keySet()) {
                if (!known.contains(variable) && mapPrefixes.stream().noneMatch(variable::startsWith)) {
                    unknown.add(service + ": " + variable);
                }
            }
        }
        assertThat(unknown).as("variables that name no configuration property").isEmpty();
    }

    // --- the compose file ---

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        try (InputStream in = Files.newInputStream(projectFile("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Services from a server image (not built from this repository). */
    private Map<String, Map<String, Object>> servers() {
        Map<String, Map<String, Object>> servers = new LinkedHashMap<>(services);
        careFlowServices().forEach(servers::remove);
        return servers;
    }

    private List<String> careFlowServices() {
        return services.entrySet().stream()
                .filter(s -> String.valueOf(s.getValue().get("image")).startsWith("careflow/"))
                .map(Map.Entry::getKey).toList();
    }

    /** The service's environment with every {@code ${VAR:-default}} replaced by its default, as without .env. */
    private Map<String, String> environment(String service) {
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) services.get(service).getOrDefault("environment", Map.of());
        Map<String, String> env = new TreeMap<>();
        raw.forEach((key, value) -> env.put(key, withDefaults(String.valueOf(value))));
        return env;
    }

    private static String withDefaults(String value) {
        String previous;
        do {
            previous = value;
            Matcher matcher = VARIABLE.matcher(value);
            value = matcher.replaceAll(m -> Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        } while (!value.equals(previous));
        return value;
    }

    // --- the configuration that exists ---

    /** Every known property in environment-variable form: Boot's, CareFlow's property classes, the yml files. */
    private static Set<String> knownProperties() {
        Set<String> names = new HashSet<>();
        bootMetadata().forEach(property -> names.add(property.path("name").asText()));
        careFlowPropertyClasses().forEach((prefix, type) -> addRecordProperties(prefix, type, names));
        addRecordProperties(RuntimeProperties.PREFIX, RuntimeProperties.class, names);
        for (String file : List.of("app/src/main/resources/application.yml", "portal/src/main/resources/portal.yml",
                "workers/notify/src/main/resources/notify-worker.yml",
                "workers/certify/src/main/resources/certify-worker.yml")) {
            addYamlKeys("", loadYaml(projectFile(file)), names);
        }
        Set<String> variables = new HashSet<>();
        names.forEach(name -> variables.add(asVariable(name)));
        return variables;
    }

    /** Map-valued Boot properties (e.g. spring.security.oauth2.client.registration): any key below them binds. */
    private static Set<String> bootMapProperties() {
        Set<String> prefixes = new HashSet<>();
        bootMetadata().stream().filter(p -> p.path("type").asText().startsWith("java.util.Map"))
                .forEach(p -> prefixes.add(asVariable(p.path("name").asText()) + "_"));
        return prefixes;
    }

    private static List<JsonNode> bootMetadata() {
        List<JsonNode> properties = new ArrayList<>();
        try {
            for (URL url : Collections.list(ComposeFileTest.class.getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = url.openStream()) {
                    new ObjectMapper().readTree(in).path("properties").forEach(properties::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Map<String, Class<?>> careFlowPropertyClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Map<String, Class<?>> classes = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.careflow")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            classes.put(annotation.value().isEmpty() ? annotation.prefix() : annotation.value(), type);
        }
        return classes;
    }

    private static void addRecordProperties(String prefix, Class<?> type, Set<String> names) {
        names.add(prefix);
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
            if (component.getType().getName().startsWith("com.careflow.")) {
                addRecordProperties(name, component.getType(), names);
            } else {
                names.add(name);
            }
        }
    }

    private static void addYamlKeys(String prefix, Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> addYamlKeys(prefix.isEmpty() ? String.valueOf(key)
                    : prefix + "." + key, value, names));
        } else {
            names.add(prefix);
        }
    }

    private static Object loadYaml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spring's relaxed binding from the environment: upper case, dots to underscores, dashes dropped. */
    private static String asVariable(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase();
    }

    private static Path projectFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docker-compose.yml"))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("docker-compose.yml not found above " + Path.of("").toAbsolutePath());
    }
}
