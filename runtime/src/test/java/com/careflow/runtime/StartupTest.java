package com.careflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiting for a server that never answers ends with a one-line cause instead of hanging. */
class StartupTest {

    @TempDir
    Path dataDir;

    private ChildProcess child;

    @AfterEach
    void stopChild() {
        child.stop();
    }

    @Test
    void serverThatNeverAnswersTimesOutNamingItsLog() {
        child = silentServer();
        Startup startup = new Startup(Duration.ofSeconds(1), () -> false);

        assertThatThrownBy(() -> startup.awaitReady("Keycloak", child, () -> false))
                .isInstanceOf(RuntimeStartupException.class)
                .hasMessage("Keycloak was not ready within 1 s (log: %s)".formatted(child.log()))
                .satisfies(e -> assertThat(((RuntimeStartupException) e).action())
                        .contains("careflow.runtime.startup-timeout"));
    }

    @Test
    void abandonedStartStopsWaitingAtOnce() {
        child = silentServer();
        AtomicBoolean abandoned = new AtomicBoolean();
        Startup startup = new Startup(Duration.ofMinutes(5), abandoned::get);
        abandoned.set(true);

        assertThatThrownBy(() -> startup.awaitReady("Keycloak", child, () -> false))
                .isInstanceOf(RuntimeStartupException.class)
                .hasMessage("Keycloak start was abandoned because CareFlow is stopping");
        assertThat(startup.elapsed()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void answeringProbeEndsTheWait() {
        child = silentServer();
        Startup startup = new Startup(Duration.ofSeconds(30), () -> false);
        int[] calls = {0};

        startup.awaitReady("Mail", child, () -> ++calls[0] == 2);

        assertThat(calls[0]).isEqualTo(2);
    }

    private ChildProcess silentServer() {
        return ChildProcess.start("Silent", List.of("sleep", "60"), dataDir, Map.of(),
                dataDir.resolve("logs/silent.log"), dataDir.resolve("run/silent.pid"));
    }
}
