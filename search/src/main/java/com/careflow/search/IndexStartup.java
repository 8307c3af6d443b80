package com.careflow.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Makes sure every alias exists and points at an index of the current mapping version, once the application is
 * up: in the background and retrying while Elasticsearch is down, because search being late must never stop the
 * portal from starting. The outbox indexer waits for this.
 */
@Component
class IndexStartup {

    private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

    private final IndexDefinitions definitions;
    private final SearchIndices indices;
    private final IndexBuilder builder;
    private final IndexGuard guard;
    private final SearchProperties properties;
    private volatile boolean ready;
    private volatile boolean stopped;

    IndexStartup(IndexDefinitions definitions, SearchIndices indices, IndexBuilder builder, IndexGuard guard,
            SearchProperties properties) {
        this.definitions = definitions;
        this.indices = indices;
        this.builder = builder;
        this.guard = guard;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        Thread.ofPlatform().daemon().name("search-index-startup").start(this::ensureUntilDone);
    }

    boolean isReady() {
        return ready;
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }

    private void ensureUntilDone() {
        boolean warned = false;
        while (!stopped) {
            try {
                ensure();
                ready = true;
                log.info("search indices ready");
                return;
            } catch (RuntimeException e) {
                if (!warned) {
                    log.warn("search indices not ready, retrying every {}s: {}",
                            properties.startupRetry().toSeconds(), Elastic.describe(e));
                    warned = true;
                }
            }
            try {
                Thread.sleep(properties.startupRetry());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One pass over all types; throws when Elasticsearch cannot be reached. */
    void ensure() {
        for (SearchType type : SearchType.values()) {
            guard.building(() -> {
                ensure(definitions.of(type));
                return null;
            });
        }
    }

    private void ensure(IndexDefinition definition) {
        var targets = indices.targets(definition.alias());
        if (targets.isEmpty()) {
            log.info("search alias {} missing: building it from MongoDB", definition.alias());
            builder.rebuild(definition.type(), BuildProgress.NONE);
            return;
        }
        int version = indices.mappingVersion(targets.get(0));
        if (version < definition.version()) {
            log.info("search index {} has mapping version {}, the code has {}: rebuilding", targets.get(0), version,
                    definition.version());
            builder.rebuild(definition.type(), BuildProgress.NONE);
        }
    }
}
