package com.careflow.engine.adapter;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A real engine on an in-memory H2 database (history full, no job executor: tests run jobs themselves) and a real
 * Mongo wire server in memory, with the adapter built on them as the auto-configuration builds it. One per test
 * class; {@link #close()} shuts both down.
 */
final class TestEngine implements AutoCloseable {

    final ProcessEngine engine;
    final MongoTemplate mongo;
    final MutableClock clock = new MutableClock(Instant.parse("2030-03-01T09:00:00Z"));
    final PendingMessages pending;
    final OperatonWorkflows workflows;
    final PendingMessageDelivery delivery;
    final OperatonUserTasks userTasks;
    final OperatonProcessHistory history;
    final OperatonIncidents incidents;
    final OperatonCommissionTable commissionTable;
    final OperatonProcessModels processModels;
    final OperatonProcessActivity processActivity;
    private final MongoServer server;
    private final MongoClient client;

    TestEngine() {
        String name = "test-" + UUID.randomUUID();
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName(name)
                .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000")
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .buildProcessEngine();
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "careflow");
        pending = new PendingMessages(mongo, clock);
        workflows = new OperatonWorkflows(engine.getRuntimeService(), pending);
        delivery = new PendingMessageDelivery(pending, workflows, Duration.ofMillis(500));
        userTasks = new OperatonUserTasks(engine.getTaskService(), engine.getHistoryService(),
                new TaskSearch(engine.getTaskService(), engine.getHistoryService(), engine.getManagementService()));
        history = new OperatonProcessHistory(engine.getHistoryService());
        incidents = new OperatonIncidents(engine.getRuntimeService(), engine.getHistoryService(),
                engine.getManagementService(), engine.getExternalTaskService());
        commissionTable = new OperatonCommissionTable(engine.getRepositoryService(), engine.getDecisionService());
        processModels = new OperatonProcessModels(engine.getRepositoryService());
        processActivity = new OperatonProcessActivity(engine.getRuntimeService(), engine.getHistoryService(),
                engine.getManagementService());
    }

    void deploy(BpmnModelInstance... models) {
        var deployment = engine.getRepositoryService().createDeployment();
        for (BpmnModelInstance model : models) {
            deployment.addModelInstance(model.getModelElementsByType(
                    org.operaton.bpm.model.bpmn.instance.Process.class).iterator().next().getId() + ".bpmn", model);
        }
        deployment.deploy();
    }

    /** Moves the app's and the engine's clock together. */
    void moveTo(Instant now) {
        clock.now = now;
        ClockUtil.setCurrentTime(java.util.Date.from(now));
    }

    @Override
    public void close() {
        ClockUtil.reset();
        engine.close();
        client.close();
        server.shutdownNow();
    }

    /** A clock the test sets. */
    static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
