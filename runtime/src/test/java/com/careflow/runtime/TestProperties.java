package com.careflow.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Runtime settings for tests: the distributions the build unpacked (surefire passes careflow.runtime.home), a temp
 * data dir and ports in the 266xx range so tests never collide with a CareFlow running on the default ports.
 */
final class TestProperties {

    static final Map<String, String> PORTS = Map.ofEntries(
            Map.entry("careflow.runtime.keycloak.port", "26680"),
            Map.entry("careflow.runtime.keycloak.management-port", "26681"),
            Map.entry("careflow.runtime.elasticsearch.http-port", "26692"),
            Map.entry("careflow.runtime.elasticsearch.transport-port", "26693"),
            Map.entry("careflow.runtime.mongo.port", "26617"),
            Map.entry("careflow.runtime.mail.smtp-port", "26625"),
            Map.entry("careflow.runtime.mail.imap-port", "26643"));

    private TestProperties() {
    }

    /** As "key=value" pairs, e.g. for SpringApplicationBuilder.properties(…). */
    static String[] asPairs(Path dataDir, Map<String, String> overrides) {
        return settings(dataDir, overrides).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
    }

    static RuntimeProperties bind(Path dataDir) {
        return bind(dataDir, Map.of());
    }

    static RuntimeProperties bind(Path dataDir, Map<String, String> overrides) {
        return RuntimeProperties.bind(new Binder(new MapConfigurationPropertySource(settings(dataDir, overrides))));
    }

    private static Map<String, String> settings(Path dataDir, Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(PORTS);
        settings.put("careflow.runtime.home", System.getProperty("careflow.runtime.home", "../.careflow"));
        settings.put("careflow.runtime.data-dir", dataDir.toString());
        settings.put("careflow.runtime.keycloak.realm-file", "../identity/keycloak-realm.json");
        settings.putAll(overrides);
        return settings;
    }
}
