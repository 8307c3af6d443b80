package com.careflow.runtime;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server running as a child process: output appended to a log file, pid recorded in a pid file so that a later
 * run can clean up after a killed one, and a stop that leaves no descendants behind.
 */
final class ChildProcess {

    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final int TAIL_LINES = 20;
    private static final int TAIL_BYTES = 16 * 1024;

    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    static ChildProcess start(String name, List<String> command, Path workDir, Map<String, String> environment,
            Path log, Path pidFile) {
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(pidFile.getParent());
            Files.writeString(log, "%n==== %s CareFlow runtime starts %s: %s%n".formatted(
                    LocalDateTime.now(), name, String.join(" ", command)),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close(); // no input: a server must not wait on our stdin
            // second line: the JVM that owns the server; while that one lives, the server is not stale
            Files.writeString(pidFile, process.pid() + "\n" + ProcessHandle.current().pid() + "\n");
            return new ChildProcess(name, process, log, pidFile);
        } catch (IOException e) {
            throw new RuntimeStartupException("Could not start %s: %s".formatted(name, e.getMessage()),
                    "Check that %s exists and is executable".formatted(command.get(0)), e);
        }
    }

    /**
     * A run that was killed (kill -9, IDE stop button) leaves its servers running. If the pid file points to a live
     * process whose command line mentions {@code marker} (our data directory) and whose owning JVM is gone, stop
     * it. A server whose owner still runs belongs to a CareFlow that is running: left alone, the port check then
     * reports it.
     */
    static void stopStale(String name, Path pidFile, String marker) {
        List<Long> pids = readPids(pidFile);
        if (pids.isEmpty()) {
            return;
        }
        boolean ownerAlive = pids.size() > 1 && ProcessHandle.of(pids.get(1)).filter(ProcessHandle::isAlive)
                .isPresent();
        if (ownerAlive) {
            return;
        }
        ProcessHandle.of(pids.get(0))
                .filter(ProcessHandle::isAlive)
                .filter(handle -> commandLine(handle).contains(marker))
                .ifPresent(handle -> {
                    Progress.say("%s from an earlier run that was killed is still running (pid %d); stopping it"
                            .formatted(name, handle.pid()));
                    terminate(handle);
                });
        deleteQuietly(pidFile);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    RuntimeStartupException exitedWhileStarting() {
        printLogTail();
        return RuntimeStartupException.exited(name, exitCode(), log);
    }

    void printLogTail() {
        List<String> lines = tail(log);
        if (!lines.isEmpty()) {
            Progress.say("last lines of " + log + ":");
            lines.forEach(line -> System.out.println("  | " + line));
        }
    }

    /** Graceful first (SIGTERM to descendants, then to the child), forcibly after a grace period. */
    void stop() {
        terminate(process.toHandle());
        deleteQuietly(pidFile);
    }

    private static void terminate(ProcessHandle handle) {
        List<ProcessHandle> descendants = handle.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        descendants.forEach(ChildProcess::awaitOrKill);
        handle.destroy();
        awaitOrKill(handle);
    }

    private static void awaitOrKill(ProcessHandle handle) {
        if (!awaitExit(handle, GRACE)) {
            handle.destroyForcibly();
            awaitExit(handle, Duration.ofSeconds(5));
        }
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    private static String commandLine(ProcessHandle handle) {
        // ProcessHandle.Info may come back empty; /proc is what it reads on Linux anyway.
        Optional<String> fromInfo = handle.info().commandLine();
        if (fromInfo.isPresent()) {
            return fromInfo.get();
        }
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(handle.pid()), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /** Server pid, then owner pid (if recorded); empty when there is no readable pid file. */
    private static List<Long> readPids(Path pidFile) {
        try {
            return Files.isRegularFile(pidFile)
                    ? Files.readAllLines(pidFile).stream().map(String::trim).filter(line -> !line.isEmpty())
                            .map(Long::parseLong).toList()
                    : List.of();
        } catch (IOException | NumberFormatException e) {
            return List.of();
        }
    }

    private static List<String> tail(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover pid file is checked against the live process next time anyway
        }
    }
}
