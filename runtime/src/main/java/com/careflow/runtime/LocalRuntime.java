package com.careflow.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The CareFlow servers on this machine: Keycloak and Elasticsearch (unless
 * {@code careflow.runtime.elasticsearch.enabled=false}) as child processes (started in parallel, they are the slow
 * ones), MongoDB and mail inside this JVM. Every server listens on 127.0.0.1 only. The process engine is not one of
 * them: it is embedded in the application, on an H2 file database under {@link #engineDataDir()}.
 * <p>
 * {@link #start()} returns when every server really serves (with {@code careflow.runtime.await-children=false}: when
 * MongoDB and mail serve and Keycloak and Elasticsearch are on their way, see {@link #childrenReady()}), or throws
 * a {@link RuntimeStartupException} after stopping whatever had started. {@link #restart()} always waits for every
 * server. {@link #stop()} is idempotent and may be called from any thread, also while
 * {@code start()} is still waiting (it then abandons the start). The owner must call {@link #stop()}; inside a
 * Spring Boot app with {@code careflow.runtime.embedded=true} the runtime module does that itself.
 */
public final class LocalRuntime implements AutoCloseable {

    private final RuntimeProperties properties;
    private final KeycloakServer keycloak;
    /** Null when switched off. */
    private final ElasticsearchServer elasticsearch;
    private final InProcessMongo mongo;
    private final InProcessMail mail;

    private final Object lifecycle = new Object();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private boolean started;
    private boolean running;
    private volatile CompletableFuture<Void> childrenReady = CompletableFuture.completedFuture(null);

    /**
     * Resolves distributions and the realm file up front, so a missing piece fails before anything starts.
     */
    public LocalRuntime(RuntimeProperties properties) {
        this.properties = properties;
        Distributions distributions = Distributions.in(properties.home());
        this.keycloak = new KeycloakServer(properties, distributions);
        this.elasticsearch = properties.elasticsearch().enabled()
                ? new ElasticsearchServer(properties, distributions) : null;
        this.mongo = new InProcessMongo(properties);
        this.mail = new InProcessMail(properties);
    }

    public void start() {
        synchronized (lifecycle) {
            if (started) {
                throw new IllegalStateException("A LocalRuntime starts once; create a new one");
            }
            started = true;
            if (stopping.get()) {
                throw RuntimeStartupException.aborted("Local runtime");
            }
            // stale servers of a killed run hold our ports: stop them before checking the ports
            keycloak.stopStale();
            if (elasticsearch != null) {
                elasticsearch.stopStale();
            }
            PortCheck.requireFree(ports());
            Progress.say("starting local servers (data: %s)".formatted(properties.dataDir()));
            running = true;
            try {
                startAll("all servers ready in ", properties.awaitChildren());
            } catch (RuntimeException e) {
                stopAll();
                throw e;
            }
        }
    }

    /**
     * Whether Keycloak and Elasticsearch serve: done at once when {@code start()} waited for them, else when their
     * start in the background ends (exceptionally when one failed; the others keep running, the application's
     * readiness reports what is missing).
     */
    public CompletableFuture<Void> childrenReady() {
        return childrenReady;
    }

    /** Stops every server: child processes and their descendants gracefully, forcibly after a grace period. */
    public void stop() {
        stopping.set(true); // makes a start in progress give up within half a second
        synchronized (lifecycle) {
            if (running) {
                stopAll();
            }
        }
    }

    /**
     * Stops every server and starts it again on the same data, as restarting the platform does: what survives this
     * (orders, process instances waiting where they were, users) survives a restart of {@code ./careflow run}.
     */
    public void restart() {
        synchronized (lifecycle) {
            if (!running) {
                throw new IllegalStateException("The local runtime is not running");
            }
            stopAll();
            Progress.say("starting local servers again (data: %s)".formatted(properties.dataDir()));
            running = true;
            try {
                // the application is up and uses them: a restart returns when they serve again
                startAll("all servers ready again in ", true);
            } catch (RuntimeException e) {
                stopAll();
                throw e;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    public RuntimeProperties properties() {
        return properties;
    }

    /** Where the embedded engine keeps its database: inside the data dir, so {@code ./careflow reset} clears it. */
    public Path engineDataDir() {
        return properties.engineDataDir();
    }

    /** Keycloak's public base URL, e.g. {@code http://localhost:8180}. */
    public URI keycloakUrl() {
        return keycloak.url();
    }

    /** The issuer of the CareFlow realm, e.g. {@code http://localhost:8180/realms/careflow}. */
    public URI keycloakIssuer() {
        return keycloak.issuer();
    }

    /**
     * Elasticsearch's HTTP base URL, e.g. {@code http://127.0.0.1:9200}; nothing answers there when
     * {@code careflow.runtime.elasticsearch.enabled=false}.
     */
    public URI elasticsearchUrl() {
        return ElasticsearchServer.url(properties);
    }

    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    public int smtpPort() {
        return properties.mail().smtpPort();
    }

    public int imapPort() {
        return properties.mail().imapPort();
    }

    private List<PortCheck.Port> ports() {
        List<PortCheck.Port> ports = new ArrayList<>();
        ports.addAll(keycloak.ports());
        if (elasticsearch != null) {
            ports.addAll(elasticsearch.ports());
        }
        ports.addAll(mongo.ports());
        ports.addAll(mail.ports());
        return ports;
    }

    /**
     * Starts MongoDB and mail in this thread and the child processes (the slow ones) in parallel; waits for the
     * children if {@code await}, else they finish in the background and report there.
     */
    private void startAll(String readyMessage, boolean await) {
        AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();
        Startup startup = new Startup(properties.startupTimeout(),
                () -> stopping.get() || firstFailure.get() != null);
        Map<String, Runnable> childStarts = new LinkedHashMap<>();
        childStarts.put(KeycloakServer.NAME, () -> keycloak.start(startup));
        if (elasticsearch != null) {
            childStarts.put(ElasticsearchServer.NAME, () -> elasticsearch.start(startup));
        }
        ExecutorService childStarters = Executors.newFixedThreadPool(childStarts.size(), Thread.ofPlatform()
                .daemon().name("careflow-runtime-start-", 1).factory());
        CompletableFuture<Void> children = CompletableFuture.allOf(childStarts.entrySet().stream()
                .map(child -> CompletableFuture.runAsync(() -> attempt(child.getKey(), child.getValue(),
                        firstFailure), childStarters))
                .toArray(CompletableFuture[]::new))
                .whenComplete((done, error) -> childStarters.shutdown())
                .thenRun(() -> {
                    if (firstFailure.get() != null) {
                        throw firstFailure.get();
                    }
                    Progress.say(readyMessage + Progress.seconds(startup.elapsed()));
                });
        childrenReady = children;
        attempt(InProcessMongo.NAME, mongo::start, firstFailure);
        attempt(InProcessMail.NAME, mail::start, firstFailure);
        if (await || firstFailure.get() != null) {
            join(children, firstFailure);
        } else {
            Progress.say("Keycloak and Elasticsearch go on starting while the application starts");
            children.whenComplete((done, error) -> {
                if (error != null && !stopping.get()) {
                    Progress.say("a server did not start; the application stays not ready: "
                            + firstFailure.get().getMessage());
                }
            });
        }
    }

    private static void join(CompletableFuture<Void> children, AtomicReference<RuntimeException> firstFailure) {
        try {
            children.join();
        } catch (CompletionException e) {
            // the failure of the server that failed first, not the abandoned starts of the others
        }
        if (firstFailure.get() != null) {
            throw firstFailure.get();
        }
    }

    /** Runs one server's start; the first failure is the one reported, the others were just abandoned. */
    private void attempt(String server, Runnable start, AtomicReference<RuntimeException> firstFailure) {
        if (firstFailure.get() != null) {
            return;
        }
        try {
            start.run();
        } catch (RuntimeStartupException e) {
            firstFailure.compareAndSet(null, e);
        } catch (RuntimeException e) {
            firstFailure.compareAndSet(null, new RuntimeStartupException(
                    "%s could not start: %s".formatted(server, String.valueOf(e.getMessage()).lines()
                            .findFirst().orElse(e.getClass().getName())),
                    "Run with --debug for the stack trace; server logs are in " + properties.logDir(), e));
        }
    }

    private void stopAll() {
        running = false;
        Instant began = Instant.now();
        Progress.say("stopping local servers…");
        // children still starting in the background: let them finish or abandon first (stop() makes them give up)
        try {
            childrenReady.join();
        } catch (CompletionException | CancellationException ignored) {
            // a failed start has stopped its own server
        }
        // the child processes take seconds each to shut down gracefully: in parallel
        List<Thread> stoppers = new ArrayList<>(List.of(
                Thread.ofPlatform().name("careflow-runtime-stop-keycloak").start(() -> quietly(KeycloakServer.NAME,
                        keycloak::stop))));
        if (elasticsearch != null) {
            stoppers.add(Thread.ofPlatform().name("careflow-runtime-stop-elasticsearch")
                    .start(() -> quietly(ElasticsearchServer.NAME, elasticsearch::stop)));
        }
        quietly(InProcessMail.NAME, mail::stop);
        quietly(InProcessMongo.NAME, mongo::stop);
        stoppers.forEach(LocalRuntime::join);
        Progress.say("servers stopped in " + Progress.seconds(Duration.between(began, Instant.now())));
    }

    private static void quietly(String server, Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            Progress.say("could not stop %s cleanly: %s".formatted(server, e));
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
