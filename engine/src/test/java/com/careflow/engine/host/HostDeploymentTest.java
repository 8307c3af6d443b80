package com.careflow.engine.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.ConfigurableApplicationContext;

import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.CommissionDecision;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.HealthAlertProcess;
import com.careflow.domain.process.HealthInterpretationProcess;
import com.careflow.domain.process.PayoutProcess;
import com.careflow.domain.process.ReconciliationProcess;
import com.careflow.domain.process.ServiceOrderProcess;

/**
 * The host deploys the platform's models (ten processes in nine files, and the commission table) from the domain
 * jar's processes/ on start, with the engine settings every node shares, and a restart on the same database deploys
 * nothing again.
 */
class HostDeploymentTest {

    @TempDir
    Path dir;

    @Test
    void deploysTheTenProcessesAndTheCommissionTableOnceAcrossRestarts() {
        try (ConfigurableApplicationContext context = HostTestApplication.startOn(dir, true)) {
            RepositoryService repository = context.getBean(ProcessEngine.class).getRepositoryService();
            assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                    .extracting(ProcessDefinition::getKey)
                    .containsExactlyInAnyOrder(ServiceOrderProcess.PROCESS_ID, GrabOrderProcess.PROCESS_ID,
                            AppointmentProcess.PROCESS_ID, ContentReviewProcess.PROCESS_ID,
                            CertificationProcess.PROCESS_ID, ReconciliationProcess.PROCESS_ID,
                            PayoutProcess.SETTLEMENT_PROCESS_ID, PayoutProcess.PROCESS_ID,
                            HealthAlertProcess.PROCESS_ID, HealthInterpretationProcess.PROCESS_ID);
            assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
                    .extracting(DecisionDefinition::getKey).containsExactly(CommissionDecision.DECISION_ID);
            assertThat(context.getEnvironment().getProperty("operaton.bpm.history-level")).isEqualTo("full");
            assertThat(context.getBean(ProcessEngine.class).getProcessEngineConfiguration().getHistory())
                    .isEqualTo("full");
        }
        try (ConfigurableApplicationContext context = HostTestApplication.startOn(dir, true)) {
            RepositoryService repository = context.getBean(ProcessEngine.class).getRepositoryService();
            assertThat(repository.createDeploymentQuery().count()).as("unchanged models: no new deployment")
                    .isEqualTo(1);
            assertThat(repository.createProcessDefinitionQuery().list()).extracting(ProcessDefinition::getVersion)
                    .containsOnly(1);
            assertThat(repository.createDecisionDefinitionQuery().list()).extracting(DecisionDefinition::getVersion)
                    .containsOnly(1);
            // nothing was deployed by this start, yet every model is parsed before the node serves (DeploymentCache)
            var cache = ((ProcessEngineConfigurationImpl) context.getBean(ProcessEngine.class)
                    .getProcessEngineConfiguration()).getDeploymentCache().getProcessDefinitionCache();
            assertThat(repository.createProcessDefinitionQuery().list())
                    .allSatisfy(definition -> assertThat(cache.get(definition.getId())).isNotNull());
            assertThat(context.getBean(DeploymentCache.class).definitions()).as("ten processes and one decision")
                    .isEqualTo(11);
        }
    }
}
