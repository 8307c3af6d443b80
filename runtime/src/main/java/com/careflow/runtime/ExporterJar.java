package com.careflow.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The CareFlow exporter's shaded jar, which the build copies into this module's jar (runtime/pom.xml,
 * maven-dependency-plugin) so the broker can load it from a plain file.
 */
final class ExporterJar {

    static final String RESOURCE = "careflow-exporter.jar";
    static final String CLASS_NAME = "com.careflow.exporter.MongoExporter";
    private static final String RESOURCE_PATH = "com/careflow/runtime/" + RESOURCE;

    private final ClassLoader classLoader;

    private ExporterJar(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    static ExporterJar bundled() {
        return new ExporterJar(ExporterJar.class.getClassLoader());
    }

    /** For tests: the jar as another class loader (one without it) sees it. */
    static ExporterJar in(ClassLoader classLoader) {
        return new ExporterJar(classLoader);
    }

    /** Fails with what to do when the build did not embed the jar; checked before any server starts. */
    ExporterJar require() {
        if (classLoader.getResource(RESOURCE_PATH) == null) {
            throw missing();
        }
        return this;
    }

    /** Writes the jar into {@code directory}, replacing an older one, and returns its path. */
    Path writeTo(Path directory) {
        try (InputStream jar = classLoader.getResourceAsStream(RESOURCE_PATH)) {
            if (jar == null) {
                throw missing();
            }
            Files.createDirectories(directory);
            Path target = directory.resolve(RESOURCE);
            Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuntimeStartupException missing() {
        return new RuntimeStartupException(
                "The CareFlow Zeebe exporter jar is missing from the runtime (resource " + RESOURCE_PATH + ")",
                "Build it with ./careflow build (mvn install builds exporter/ before runtime/ and embeds its jar), "
                        + "or set careflow.runtime.zeebe.exporter.enabled=false to run Zeebe without mirroring "
                        + "its records into MongoDB");
    }
}
