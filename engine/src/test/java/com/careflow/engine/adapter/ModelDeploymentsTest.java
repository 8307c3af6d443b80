package com.careflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;

import com.careflow.domain.process.ModelDeployments.DeploymentRefusedException;
import com.careflow.domain.process.ModelDeployments.Kind;
import com.careflow.domain.process.ModelDeployments.MigrationPreview;
import com.careflow.domain.process.ModelDeployments.MigrationResult;
import com.careflow.domain.process.ModelDeployments.ModelVersion;

/** Analysts' deployments and migrations on a real engine: versions, sources, who deployed, what can move. */
class ModelDeploymentsTest {

    private static final String KEY = "visit";

    private TestEngine test;
    private OperatonModelDeployments deployments;
    private RuntimeService runtime;

    @BeforeEach
    void engine() {
        test = new TestEngine();
        runtime = test.engine.getRuntimeService();
        deployments = new OperatonModelDeployments(test.engine.getRepositoryService(), runtime);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aDeploymentIsANewVersionWithItsSourceAndWhoDeployedItWhileRunningInstancesKeepTheirs() {
        String first = xml(model("Wait", "Check"));
        deployments.deploy("visit.bpmn", first, "analyst");
        ProcessInstance old = runtime.startProcessInstanceByKey(KEY);

        var deployed = deployments.deploy("visit.bpmn", xml(model("Wait", "Review")), "ana");
        ProcessInstance fresh = runtime.startProcessInstanceByKey(KEY);

        assertThat(deployed).extracting(ModelVersion::key, ModelVersion::version, ModelVersion::deployedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(KEY, 2, "ana"));
        assertThat(deployments.latestVersions()).extracting(ModelVersion::kind, ModelVersion::key,
                ModelVersion::version).containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.BPMN, KEY, 2));
        assertThat(deployments.source(Kind.BPMN, KEY, 1)).contains(first);
        assertThat(deployments.source(Kind.BPMN, KEY, 3)).isEmpty();
        assertThat(definitionVersion(old)).isEqualTo(1);
        assertThat(definitionVersion(fresh)).isEqualTo(2);
    }

    @Test
    void instancesWaitingInAnActivityTheNewVersionKeepsMoveTheOthersAreReported() {
        deployments.deploy("visit.bpmn", xml(model("Wait", "Check")), "analyst");
        ProcessInstance waiting = runtime.startProcessInstanceByKey(KEY, "order-1");
        ProcessInstance checking = runtime.startProcessInstanceByKey(KEY, "order-2");
        String task = test.engine.getTaskService().createTaskQuery().processInstanceId(checking.getId())
                .singleResult().getId();
        test.engine.getTaskService().complete(task); // now in Check, which version 2 renames
        deployments.deploy("visit.bpmn", xml(model("Wait", "Review")), "analyst");

        MigrationPreview preview = deployments.previewMigration(KEY, 1);
        MigrationResult result = deployments.migrate(KEY, 1);

        assertThat(preview.possible()).isTrue();
        assertThat(preview.toVersion()).isEqualTo(2);
        assertThat(preview.runningInstances()).isEqualTo(2);
        assertThat(preview.unmappedActivities()).containsExactly("Check");
        assertThat(preview.blocked()).singleElement().satisfies(blocked -> {
            assertThat(blocked.businessKey()).isEqualTo("order-2");
            assertThat(blocked.reason()).contains("Check");
        });
        assertThat(result.migrated()).containsExactly(waiting.getId());
        assertThat(result.notMigrated()).singleElement().satisfies(blocked -> {
            assertThat(blocked.processInstanceId()).isEqualTo(checking.getId());
            assertThat(blocked.reason()).contains("Check");
        });
        assertThat(definitionVersion(waiting)).isEqualTo(2);
        assertThat(definitionVersion(checking)).isEqualTo(1);
    }

    @Test
    void aModelTheEngineRefusesIsRefusedWithTheEnginesReasonAndNothingIsDeployed() {
        String withoutTimeToLive = xml(model("Wait", "Check")).replace("operaton:historyTimeToLive=\"180\"", "");

        assertThatThrownBy(() -> deployments.deploy("visit.bpmn", withoutTimeToLive, "analyst"))
                .isInstanceOf(DeploymentRefusedException.class).hasMessageContaining("History Time To Live");
        assertThatThrownBy(() -> deployments.deploy("broken.bpmn", "<definitions", "analyst"))
                .isInstanceOf(DeploymentRefusedException.class);
        assertThat(deployments.latestVersions()).isEmpty();
    }

    @Test
    void aDecisionTableDeployedFromTheWorkspaceIsTheOneTheCommissionIsTakenFrom() throws Exception {
        String table;
        try (var in = ModelDeploymentsTest.class.getResourceAsStream("/processes/commission.dmn")) {
            table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        deployments.deploy("commission.dmn", table, "analyst");
        String edited = deployments.source(Kind.DMN, "commission", 1).orElseThrow()
                .replace("<text>0.20</text>", "<text>0.22</text>");

        var deployed = deployments.deploy("commission.dmn", edited, "analyst");
        var rate = new OperatonCommissionTable(test.engine.getRepositoryService(), test.engine.getDecisionService())
                .rateFor(null, com.careflow.domain.catalog.ServiceCategory.COMPANION_ESCORT);

        assertThat(deployed).extracting(ModelVersion::kind, ModelVersion::key, ModelVersion::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.DMN, "commission", 2));
        assertThat(rate.rate()).isEqualByComparingTo("0.22");
        assertThat(rate.decision()).isEqualTo("commission@2");
    }

    private int definitionVersion(ProcessInstance instance) {
        String definitionId = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
        return test.engine.getRepositoryService().getProcessDefinition(definitionId).getVersion();
    }

    private static BpmnModelInstance model(String first, String second) {
        return Bpmn.createExecutableProcess(KEY).operatonHistoryTimeToLive(180)
                .startEvent("Start")
                .userTask(first)
                .userTask(second)
                .endEvent("End")
                .done();
    }

    private static String xml(BpmnModelInstance model) {
        return Bpmn.convertToString(model);
    }
}
