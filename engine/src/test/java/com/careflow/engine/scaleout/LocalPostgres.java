package com.careflow.engine.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server from Debian's {@code postgresql} package: its own data directory in a temp dir, a free
 * loopback port, trust authentication for 127.0.0.1 only. A real server (not H2 in a PostgreSQL mode) because the
 * scale-out claims rest on PostgreSQL's row locking and isolation.
 */
final class LocalPostgres implements AutoCloseable {

    private static final Path DEBIAN_HOME = Path.of("/usr/lib/postgresql");
    private static final String SERVER_USER = "postgres";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final Thread stopOnExit = new Thread(this::stopQuietly, "stop-local-postgres");

    private LocalPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** Fails (never skips) when the binaries are missing: a skipped proof would look like a passed one. */
    static LocalPostgres start() throws IOException, InterruptedException {
        Path bin = serverBinaries();
        Path dir = Files.createTempDirectory("careflow-pg");
        if (runningAsRoot()) {
            Files.setOwner(dir, serverUser()); // initdb and postgres refuse to run as root
        }
        LocalPostgres server = new LocalPostgres(bin, dir, freeLoopbackPort());
        try {
            server.initialise();
            server.launch();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(server.stopOnExit); // in case the JVM ends before close()
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String user() {
        return SERVER_USER;
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException | IllegalArgumentException alreadyExitingOrNotAdded) {
            // nothing to undo
        }
    }

    private void initialise() throws IOException, InterruptedException {
        run("initdb", List.of("-D", dataDir().toString(), "-U", SERVER_USER, "-E", "UTF8", "--no-locale",
                "--no-sync", "--auth=trust"));
        // Replace initdb's rules: trust on the loopback address only, nothing from elsewhere.
        Path hba = dataDir().resolve("pg_hba.conf");
        Files.writeString(hba, "local all all trust\nhost all all 127.0.0.1/32 trust\n");
        if (runningAsRoot()) {
            Files.setOwner(hba, serverUser());
        }
    }

    private void launch() throws IOException, InterruptedException {
        // Durability is irrelevant for a throwaway test database; turning it off keeps the run short.
        String options = String.join(" ", "-p", Integer.toString(port), "-k", dir.toString(),
                "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=100",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
        run("pg_ctl", List.of("start", "-w", "-t", "30", "-D", dataDir().toString(),
                "-l", dir.resolve("server.log").toString(), "-o", options));
    }

    private void stopQuietly() {
        try {
            if (Files.exists(dataDir().resolve("postmaster.pid"))) {
                run("pg_ctl", List.of("stop", "-w", "-t", "30", "-m", "fast", "-D", dataDir().toString()));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[scale-out] could not stop PostgreSQL in " + dir + ": " + e.getMessage());
            return; // keep the directory: it holds the server's log
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        deleteTree(dir);
    }

    private void run(String tool, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(args);
        Path log = dir.resolve(tool + ".out");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile()) // the server user may not be allowed into the build's directory
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(tool + " did not finish within 60 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(tool + " failed (exit " + process.exitValue() + "): " + command + "\n"
                    + Files.readString(log) + serverLog());
        }
    }

    private String serverLog() throws IOException {
        Path log = dir.resolve("server.log");
        return Files.isReadable(log) ? "server log:\n" + Files.readString(log) : "";
    }

    private Path dataDir() {
        return dir.resolve("data");
    }

    /** The newest version's bin directory under /usr/lib/postgresql (Debian's layout). */
    private static Path serverBinaries() throws IOException {
        if (Files.isDirectory(DEBIAN_HOME)) {
            try (Stream<Path> versions = Files.list(DEBIAN_HOME)) {
                var newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb"))
                                && Files.isExecutable(bin.resolve("pg_ctl")))
                        .max(Comparator.comparing(LocalPostgres::versionOf));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IllegalStateException("The scale-out test needs a PostgreSQL server, but no initdb/pg_ctl was "
                + "found under " + DEBIAN_HOME + "/<version>/bin. Run './careflow test' (it installs Debian's "
                + "'postgresql' package when missing) or install it yourself: sudo apt-get install postgresql");
    }

    private static Double versionOf(Path bin) {
        try {
            return Double.valueOf(bin.getParent().getFileName().toString());
        } catch (NumberFormatException notAVersion) {
            return 0.0;
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static UserPrincipal serverUser() throws IOException {
        try {
            return Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SERVER_USER);
        } catch (IOException e) {
            throw new IllegalStateException("Running as root, the test starts PostgreSQL as user '" + SERVER_USER
                    + "', which does not exist. Debian's 'postgresql' package creates it: run './careflow test'", e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[scale-out] could not delete " + root + ": " + e.getMessage());
        }
    }
}
