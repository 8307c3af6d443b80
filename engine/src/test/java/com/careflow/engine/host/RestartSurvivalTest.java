package com.careflow.engine.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * State on the H2 file database survives a restart of the host: an instance waiting at a user task, and after that
 * at a message catch, is found again by a new context on the same file and continues.
 */
class RestartSurvivalTest {

    private static final String BUSINESS_KEY = "ORD-RESTART-1";

    @TempDir
    Path dir;

    @Test
    void waitingInstanceContinuesAfterRestarts() {
        String instanceId;
        try (ConfigurableApplicationContext context = HostTestApplication.startOn(dir, false)) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            HostTestApplication.deploy(engine, HostTestApplication.waitingModel(), "restart");
            instanceId = engine.getRuntimeService()
                    .startProcessInstanceByKey(HostTestApplication.WAITING, BUSINESS_KEY).getId();
        }

        try (ConfigurableApplicationContext context = HostTestApplication.startOn(dir, false)) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(BUSINESS_KEY)
                    .singleResult();
            assertThat(review).as("the user task is still open after a restart").isNotNull();
            assertThat(review.getProcessInstanceId()).isEqualTo(instanceId);
            engine.getTaskService().complete(review.getId());
        }

        try (ConfigurableApplicationContext context = HostTestApplication.startOn(dir, false)) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            engine.getRuntimeService().createMessageCorrelation("host-go").processInstanceBusinessKey(BUSINESS_KEY)
                    .correlate();
            HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceId(instanceId).singleResult();
            assertThat(instance.getState()).as("the message catch survived too and the instance completed")
                    .isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        }
    }
}
