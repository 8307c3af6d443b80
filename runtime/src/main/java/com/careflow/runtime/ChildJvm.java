package com.careflow.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JVM options that make Keycloak and Elasticsearch start faster on a developer machine, where they serve one person
 * and every second of start-up counts more than peak throughput: the quick C1 compiler only (the optimising C2
 * compiler would compete for the few CPUs while three JVMs start) and, where the JVM allows it, a class-data-sharing
 * archive it writes on the first clean exit and maps on later starts (no parsing and verifying the same classes
 * again).
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** C1 only plus a class-data archive {@code <data-dir>/cds/<server>.jsa}; a JDK update makes the JVM redo it. */
    static String fastStartOptions(Path dataDir, String server) {
        Path archive = dataDir.resolve("cds").resolve(server + ".jsa");
        try {
            Files.createDirectories(archive.getParent()); // the JVM does not create it, and then writes no archive
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, quickCompilerOnly());
    }

    /**
     * C1 only, for a JVM that cannot share class data: Elasticsearch patches java.base (its entitlement bridge),
     * which turns class-data sharing off.
     */
    static String quickCompilerOnly() {
        return "-XX:TieredStopAtLevel=1";
    }
}
