package com.careflow.engine.scaleout;

import java.util.Map;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.operaton.bpm.engine.impl.persistence.StrongUuidGenerator;

/** One engine node as a deployment would run it: own name, own job executor, the shared database. */
final class EngineNode {

    private EngineNode() {
    }

    static ProcessEngine start(String name, LocalPostgres database, Map<Object, Object> beans) {
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setLockOwner(name);
        // The default idle backoff grows to 60 s; a short one keeps timers prompt enough for a test.
        jobExecutor.setWaitTimeInMillis(100);
        jobExecutor.setMaxWait(500);

        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name)
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUrl(database.jdbcUrl())
                .setJdbcUsername(database.user())
                .setJdbcPassword("")
                .setJdbcMaxActiveConnections(20)
                // The first node creates the schema, the second finds it in place.
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(true);
        configuration.setJobExecutor(jobExecutor);
        configuration.setHostname(name); // recorded in the job log: shows which node ran which job
        configuration.setBeans(beans);
        // As the Boot nodes do (operaton.bpm.id-generator=strong). The default DbIdGenerator hands out id blocks from
        // one row; two nodes starting instances at once failed there with OptimisticLockingException (next.dbid).
        configuration.setIdGenerator(new StrongUuidGenerator());
        return configuration.buildProcessEngine();
    }
}
