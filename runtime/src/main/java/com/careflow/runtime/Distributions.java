package com.careflow.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The server distributions the build unpacked into {@code <home>/dist} (runtime/pom.xml, maven-dependency-plugin).
 * Their versions come from a resource the same build filtered, so the directory names cannot drift.
 */
final class Distributions {

    private static final String VERSIONS = "/careflow-runtime-versions.properties";

    private final Path dist;
    private final Properties versions;

    private Distributions(Path dist, Properties versions) {
        this.dist = dist;
        this.versions = versions;
    }

    static Distributions in(Path home) {
        Properties versions = new Properties();
        try (InputStream in = Distributions.class.getResourceAsStream(VERSIONS)) {
            if (in == null) {
                throw new IllegalStateException(VERSIONS + " is missing from the careflow-runtime jar");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Distributions(home.resolve("dist"), versions);
    }

    String keycloakVersion() {
        return versions.getProperty("keycloak.version");
    }

    String elasticsearchVersion() {
        return versions.getProperty("elasticsearch.version");
    }

    /** The unpacked Keycloak distribution; fails with what to do when the build has not unpacked it. */
    Path keycloak() {
        return require("Keycloak " + keycloakVersion(), dist.resolve("keycloak-" + keycloakVersion()), "bin/kc.sh");
    }

    Path elasticsearch() {
        return require("Elasticsearch " + elasticsearchVersion(),
                dist.resolve("elasticsearch-" + elasticsearchVersion()), "bin/elasticsearch");
    }

    private static Path require(String server, Path directory, String expectedEntry) {
        if (!Files.exists(directory.resolve(expectedEntry))) {
            throw RuntimeStartupException.distributionMissing(server, directory);
        }
        return directory;
    }
}
