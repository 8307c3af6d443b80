package com.careflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with kill -9 leaves its servers behind; the next run must clean them up, and only them. */
class ChildProcessTest {

    @TempDir
    Path dataDir;

    @Test
    void staleServerFromAKilledRunIsStoppedWithItsDescendants() throws Exception {
        // like kc.sh: a shell whose command line names our data dir, with a JVM (here: sleep) as its child
        Process leftover = new ProcessBuilder("bash", "-c", "sleep 300 & wait", dataDir.toString()).start();
        ProcessHandle grandChild = awaitDescendant(leftover.toHandle());
        Path pidFile = writePidFile(leftover.pid());

        ChildProcess.stopStale("Keycloak", pidFile, dataDir.toString());

        assertThat(leftover.toHandle().onExit().get().isAlive()).isFalse();
        assertThat(grandChild.onExit().get().isAlive()).isFalse();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void serverOfARunningCareFlowIsLeftAloneForThePortCheckToReport() throws Exception {
        Process running = new ProcessBuilder("bash", "-c", "sleep 300", dataDir.toString()).start();
        try {
            Path pidFile = writePidFile(running.pid() + "\n" + ProcessHandle.current().pid());

            ChildProcess.stopStale("Keycloak", pidFile, dataDir.toString());

            assertThat(running.isAlive()).isTrue();
            assertThat(pidFile).exists();
        } finally {
            running.destroyForcibly();
        }
    }

    @Test
    void processThatMerelyReusedThePidIsLeftAlone() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "300").start();
        try {
            Path pidFile = writePidFile(unrelated.pid());

            ChildProcess.stopStale("Keycloak", pidFile, dataDir.toString());

            assertThat(unrelated.isAlive()).isTrue();
            assertThat(pidFile).doesNotExist();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void stopEndsTheChildAndItsDescendantsAndRemovesThePidFile() throws Exception {
        Path pidFile = dataDir.resolve("run/child.pid");
        ChildProcess child = ChildProcess.start("Child", List.of("bash", "-c", "sleep 300 & wait"), dataDir,
                Map.of(), dataDir.resolve("logs/child.log"), pidFile);
        ProcessHandle grandChild = awaitDescendant(ProcessHandle.of(child.pid()).orElseThrow());
        assertThat(Files.readAllLines(pidFile))
                .containsExactly(Long.toString(child.pid()), Long.toString(ProcessHandle.current().pid()));

        child.stop();

        assertThat(child.isAlive()).isFalse();
        assertThat(grandChild.isAlive()).isFalse();
        assertThat(pidFile).doesNotExist();
    }

    private Path writePidFile(long pid) throws Exception {
        return writePidFile(Long.toString(pid));
    }

    private Path writePidFile(String content) throws Exception {
        Path pidFile = dataDir.resolve("run/server.pid");
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, content);
        return pidFile;
    }

    private static ProcessHandle awaitDescendant(ProcessHandle parent) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            var child = parent.children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no child process appeared under " + parent.pid());
    }
}
