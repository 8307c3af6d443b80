package com.careflow.engine.host;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills this node's deployment cache with the latest version of every process and decision before it serves. A node
 * that finds its models already deployed (by another node, or by its own earlier start) would otherwise parse them
 * on first use, and many threads using a model for the first time at once raced inside the engine's cache: in the
 * scale-out test an instance start failed with "processDefinitionId is null" while its timer was created.
 */
public final class DeploymentCache {

    private static final Logger log = LoggerFactory.getLogger(DeploymentCache.class);

    private final int definitions;

    /** Warms the engine's cache as the application starts (after Operaton's auto-deployment). */
    DeploymentCache(ProcessEngine engine) {
        this.definitions = warm(engine);
    }

    /** How many definitions were loaded at start. */
    public int definitions() {
        return definitions;
    }

    /** Loads the definitions one by one, on the calling thread; answers how many. */
    public static int warm(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        int loaded = 0;
        for (var process : repository.createProcessDefinitionQuery().latestVersion().list()) {
            repository.getProcessDefinition(process.getId()); // parses it into the cache
            loaded++;
        }
        for (var decision : repository.createDecisionDefinitionQuery().latestVersion().list()) {
            repository.getDecisionDefinition(decision.getId());
            loaded++;
        }
        log.info("Engine node {}: {} process and decision definitions loaded into its deployment cache",
                engine.getName(), loaded);
        return loaded;
    }
}
