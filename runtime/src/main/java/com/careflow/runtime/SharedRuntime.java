package com.careflow.runtime;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One {@link LocalRuntime} per JVM, shared by every Spring application that asks for it (tests may start several
 * contexts; a second runtime would only collide on the ports). The last one to release it stops it.
 */
final class SharedRuntime {

    private static final Object LOCK = new Object();
    private static final Set<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArraySet<>();
    private static volatile LocalRuntime runtime;
    private static int leases;
    private static boolean shutdownHookRegistered;

    private SharedRuntime() {
    }

    static Lease acquire(RuntimeProperties properties) {
        synchronized (LOCK) {
            if (runtime == null) {
                registerShutdownHookOnce();
                LocalRuntime starting = new LocalRuntime(properties);
                runtime = starting; // visible to the shutdown hook, which may abandon the start
                try {
                    starting.start();
                } catch (RuntimeException e) {
                    runtime = null;
                    throw e;
                }
            } else {
                Progress.say("reusing the servers this JVM already started"
                        + (runtime.properties().equals(properties) ? ""
                                : " (this application's careflow.runtime.* settings differ and are ignored)"));
            }
            leases++;
            return new Lease(runtime);
        }
    }

    /**
     * Ctrl-C: close the applications first (their workers and clients stop while the servers still answer;
     * {@code close()} waits when Spring's own hook is already closing them), then stop the servers.
     */
    private static void registerShutdownHookOnce() {
        if (shutdownHookRegistered) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("careflow-runtime-shutdown").unstarted(() -> {
            CONTEXTS.forEach(SharedRuntime::closeQuietly);
            LocalRuntime current = runtime;
            if (current != null) {
                current.stop();
            }
        }));
        shutdownHookRegistered = true;
    }

    private static void closeQuietly(ConfigurableApplicationContext context) {
        try {
            context.close();
        } catch (RuntimeException e) {
            Progress.say("could not close " + context.getDisplayName() + ": " + e);
        }
    }

    /** One application's use of the shared runtime. */
    static final class Lease {

        private final LocalRuntime leased;
        private final AtomicBoolean released = new AtomicBoolean();
        private volatile ConfigurableApplicationContext context;

        private Lease(LocalRuntime leased) {
            this.leased = leased;
        }

        LocalRuntime runtime() {
            return leased;
        }

        void attach(ConfigurableApplicationContext context) {
            this.context = context;
            CONTEXTS.add(context);
        }

        /** Idempotent: a failed start both publishes ApplicationFailedEvent and closes the context. */
        void release() {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            if (context != null) {
                CONTEXTS.remove(context);
            }
            synchronized (LOCK) {
                if (--leases == 0 && runtime == leased) {
                    runtime = null;
                    leased.stop();
                }
            }
        }
    }
}
