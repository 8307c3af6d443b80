package com.careflow.portal.startup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

/**
 * Closed while the platform starts: opens for good the first time every part of the actuator's readiness group
 * (engine, workers, search indices, Keycloak, mail, … as configured under
 * {@code management.endpoint.health.group.readiness}) is UP, and then publishes {@link PlatformReady}. Later
 * outages are the parts' own business (search says it is unavailable, and so on), not a reason to shut the portal.
 */
public class StartupGate {

    private static final Logger log = LoggerFactory.getLogger(StartupGate.class);
    static final String GROUP = "readiness";
    private static final Duration RECHECK = Duration.ofMillis(500);

    private final HealthEndpoint health;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();
    private final Instant created = clock.instant();
    private volatile boolean open;
    private volatile List<String> starting = List.of();
    private Instant checkedAt = Instant.MIN;
    private volatile boolean stopped;

    public StartupGate(HealthEndpoint health, ApplicationEventPublisher events) {
        this.health = health;
        this.events = events;
    }

    public boolean isOpen() {
        return open || check();
    }

    /** The readiness parts that are not up yet, by their health names (empty once open). */
    public List<String> starting() {
        return starting;
    }

    /**
     * Looks at the readiness group again, at most twice a second however many requests ask; true once open.
     */
    public synchronized boolean check() {
        if (open || clock.instant().isBefore(checkedAt.plus(RECHECK))) {
            return open;
        }
        checkedAt = clock.instant();
        HealthComponent readiness = health.healthForPath(GROUP);
        if (readiness == null) {
            readiness = health.health();
        }
        starting = notUp(readiness);
        if (Status.UP.equals(readiness.getStatus())) {
            open = true;
            starting = List.of();
            Duration took = Duration.between(created, clock.instant());
            log.info("every part of CareFlow is up ({} s after the application context was created): the portal "
                    + "opens", took.toSeconds());
            events.publishEvent(new PlatformReady(took));
        }
        return open;
    }

    /** Watches in the background from the moment the application is ready, so the gate opens without a visitor. */
    @EventListener(ApplicationReadyEvent.class)
    void watch() {
        Thread.ofPlatform().daemon().name("startup-gate").start(() -> {
            while (!stopped && !check()) {
                try {
                    Thread.sleep(RECHECK.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    /** With the context (a bean's inferred destroy method): the watcher gives up. */
    public void close() {
        stopped = true;
    }

    private static List<String> notUp(HealthComponent component) {
        if (component instanceof CompositeHealth composite) {
            Map<String, HealthComponent> parts = composite.getComponents();
            return parts.entrySet().stream().filter(part -> !Status.UP.equals(part.getValue().getStatus()))
                    .map(Map.Entry::getKey).sorted().toList();
        }
        return Status.UP.equals(component.getStatus()) ? List.of() : List.of("application");
    }
}
