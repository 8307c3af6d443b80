package com.careflow.engine.adapter;

import java.time.Clock;
import java.time.Duration;

import org.operaton.bpm.engine.DecisionService;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.engine.Incidents;
import com.careflow.domain.engine.ProcessActivity;
import com.careflow.domain.engine.ProcessHistory;
import com.careflow.domain.engine.ProcessModels;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.engine.Workflows;
import com.careflow.domain.ledger.CommissionTable;

/**
 * The domain's engine ports on the embedded engine: {@link Workflows}, {@link UserTasks}, {@link ProcessHistory},
 * {@link Incidents}, the {@link CommissionTable} decision, the deployed {@link ProcessModels} and their
 * {@link ProcessActivity}, the analysts' {@code ModelDeployments}, and the delivery of kept messages. Loaded in every
 * application that runs an engine node.
 */
@AutoConfiguration(afterName = {
        "org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration"})
public class EngineAdapterConfiguration {

    @Bean
    PendingMessages pendingMessages(MongoOperations mongo, ObjectProvider<Clock> clock) {
        return new PendingMessages(mongo, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    OperatonWorkflows workflows(RuntimeService runtime, PendingMessages pendingMessages) {
        return new OperatonWorkflows(runtime, pendingMessages);
    }

    /** On by default; off where a test context has no Mongo to poll (the engine host's own tests). */
    @Bean
    @ConditionalOnProperty(name = "careflow.engine.messages.delivery-enabled", matchIfMissing = true)
    PendingMessageDelivery pendingMessageDelivery(PendingMessages pendingMessages, OperatonWorkflows workflows,
            @Value("${careflow.engine.messages.poll-interval:500ms}") Duration interval) {
        return new PendingMessageDelivery(pendingMessages, workflows, interval);
    }

    @Bean
    OperatonUserTasks userTasks(TaskService tasks, HistoryService history, ManagementService management) {
        return new OperatonUserTasks(tasks, history, new TaskSearch(tasks, history, management));
    }

    @Bean
    OperatonProcessHistory processHistory(HistoryService history) {
        return new OperatonProcessHistory(history);
    }

    @Bean
    OperatonIncidents incidents(RuntimeService runtime, HistoryService history, ManagementService management,
            ExternalTaskService externalTasks) {
        return new OperatonIncidents(runtime, history, management, externalTasks);
    }

    @Bean
    OperatonModelDeployments modelDeployments(RepositoryService repository, RuntimeService runtime) {
        return new OperatonModelDeployments(repository, runtime);
    }

    @Bean
    OperatonCommissionTable commissionTable(RepositoryService repository, DecisionService decisions) {
        return new OperatonCommissionTable(repository, decisions);
    }

    @Bean
    OperatonProcessModels processModels(RepositoryService repository) {
        return new OperatonProcessModels(repository);
    }

    @Bean
    OperatonProcessActivity processActivity(RuntimeService runtime, HistoryService history,
            ManagementService management) {
        return new OperatonProcessActivity(runtime, history, management);
    }
}
