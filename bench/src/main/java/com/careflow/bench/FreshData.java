package com.careflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.env.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

import com.careflow.runtime.RuntimeProperties;

/**
 * Before the servers and the engine start: deletes the process, order and search data an earlier benchmark run left,
 * so every run starts from empty (Keycloak's data and the servers' pid files stay: re-importing the realm is slow,
 * and the runtime finds stale servers by their pid files). Only ever inside a directory named
 * {@value #DATA_DIR_NAME}, so a misconfigured run cannot wipe the platform's own data.
 */
final class FreshData implements SmartApplicationListener {

    static final String DATA_DIR_NAME = "bench-data";

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public int getOrder() {
        // after application.yml and bench.yml are read (the engine's database URL is there), before the runtime's
        // listener starts the servers
        return EnvironmentPostProcessorApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        var environment = ((ApplicationEnvironmentPreparedEvent) event).getEnvironment();
        if (!environment.getProperty("careflow.bench.fresh-data", Boolean.class, true)) {
            return;
        }
        Path dataDir = RuntimeProperties.bind(environment).dataDir().toAbsolutePath().normalize();
        if (!dataDir.getFileName().toString().equals(DATA_DIR_NAME)) {
            System.out.println("[bench] keeping the data in " + dataDir + " (not a " + DATA_DIR_NAME + " directory)");
            return;
        }
        // the engine's H2 database lives there (careflow.runtime.engine-data-dir, published once the runtime starts)
        delete(RuntimeProperties.bind(environment).engineDataDir());
        delete(dataDir.resolve("mongo"));
        delete(dataDir.resolve("elasticsearch").resolve("data"));
        System.out.println("[bench] starting from empty process and order data in " + dataDir);
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
