package com.careflow.processes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.careflow.runtime.RuntimeProperties;

/**
 * What every test broker of this module shares: its ports from one base port (gRPC = base, command = +1, internal =
 * +2, REST = +8, monitoring = +9) and a data dir that is deleted afterwards.
 */
public final class TestBrokers {

    private TestBrokers() {
    }

    /** The runtime settings of a test broker on {@code basePort}, plus {@code more} (e.g. the exporter's). */
    public static RuntimeProperties properties(int basePort, Path dataDir, Map<String, String> more) {
        Map<String, String> settings = new HashMap<>();
        settings.put("careflow.runtime.home", System.getProperty("careflow.runtime.home", "../.careflow"));
        settings.put("careflow.runtime.data-dir", dataDir.toString());
        settings.put("careflow.runtime.startup-timeout", "120s");
        settings.put("careflow.runtime.zeebe.grpc-port", String.valueOf(basePort));
        settings.put("careflow.runtime.zeebe.command-port", String.valueOf(basePort + 1));
        settings.put("careflow.runtime.zeebe.internal-port", String.valueOf(basePort + 2));
        settings.put("careflow.runtime.zeebe.rest-port", String.valueOf(basePort + 8));
        settings.put("careflow.runtime.zeebe.monitoring-port", String.valueOf(basePort + 9));
        settings.put("careflow.runtime.zeebe.heap", "512m");
        settings.putAll(more);
        return RuntimeProperties.bind(new Binder(new MapConfigurationPropertySource(settings)));
    }

    public static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
