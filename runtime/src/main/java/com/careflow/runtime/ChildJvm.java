package com.careflow.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JVM options that make Keycloak and Elasticsearch start faster on a developer machine, where they serve one person
 * and every second of start-up counts more than peak throughput: a class-data-sharing archive the JVM writes on
 * the first clean exit and maps on later starts (it skips parsing and verifying the same classes again), and the
 * quick C1 compiler only (the optimising C2 compiler would compete for the few CPUs while three JVMs start).
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code server} names the archive under {@code <data-dir>/cds}; a JDK update makes the JVM rebuild it. */
    static String fastStartOptions(Path dataDir, String server) {
        Path archive = dataDir.resolve("cds").resolve(server + ".jsa");
        try {
            Files.createDirectories(archive.getParent()); // the JVM does not create it, and then writes no archive
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ",
                "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + archive,
                "-XX:TieredStopAtLevel=1");
    }
}
