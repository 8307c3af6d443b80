package com.careflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.env.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

import com.careflow.runtime.RuntimeProperties;

/**
 * Before the servers and the engine start: deletes the process, order and search data an earlier benchmark run left,
 * so every run starts from empty (Keycloak's data and the servers' pid files stay: re-importing the realm is slow,
 * and the runtime finds stale servers by their pid files). Only ever inside a directory named
 * {@value #DATA_DIR_NAME}, so a misconfigured run cannot wipe the platform's own data.
 */
final class FreshData implements SmartApplicationListener {

    static final String DATA_DIR_NAME = "bench-data";
    private static final String H2_FILE = "jdbc:h2:file:";
    /** The files of one H2 database next to its name. */
    private static final List<String> H2_SUFFIXES = List.of(".mv.db", ".trace.db", ".lock.db");

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
        deleteEngineDatabase(environment, dataDir);
        delete(dataDir.resolve("mongo"));
        delete(dataDir.resolve("elasticsearch").resolve("data"));
        System.out.println("[bench] starting from empty process and order data in " + dataDir);
    }

    /** The engine's H2 file database, when the platform keeps it under the bench's data dir (its default). */
    private static void deleteEngineDatabase(Environment environment, Path dataDir) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith(H2_FILE)) {
            System.out.println("[bench] the engine's database is not an H2 file (" + url + "): left as it is");
            return;
        }
        Path database = Path.of(url.substring(H2_FILE.length()).split(";", 2)[0]).toAbsolutePath().normalize();
        if (!database.startsWith(dataDir)) {
            System.out.println("[bench] the engine's database " + database + " is outside " + dataDir
                    + ": left as it is");
            return;
        }
        for (String suffix : H2_SUFFIXES) {
            delete(database.resolveSibling(database.getFileName() + suffix));
        }
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
