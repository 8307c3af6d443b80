package com.careflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;

import com.careflow.domain.engine.DeployedModel;
import com.careflow.domain.engine.ElementTraffic;
import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.ModelKind;
import com.careflow.domain.engine.ProcessModels.InvalidModelException;

/** The deployed models, version by version, and what their instances do, on a real engine. */
class ProcessModelsTest {

    private static final Instant NINE = Instant.parse("2030-03-01T09:00:00Z");

    private TestEngine test;

    @BeforeEach
    void engine() {
        test = new TestEngine();
        test.moveTo(NINE);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void versionsAreListedNewestFirstWithWhoDeployedThemAndTheirXml() throws IOException {
        test.deploy(charge("Charge v1"));
        test.moveTo(NINE.plus(Duration.ofHours(1)));
        List<DeployedModel> created = test.processModels.deploy("charge.bpmn", Bpmn.convertToString(charge("v2")),
                "analyst");
        test.processModels.deploy("commission.dmn", commissionTable(), "analyst");

        assertThat(created).singleElement().satisfies(model -> {
            assertThat(model.key()).isEqualTo("charge");
            assertThat(model.version()).isEqualTo(2);
            assertThat(model.deployedBy()).isEqualTo("analyst");
            assertThat(model.deployedAt()).isEqualTo(NINE.plus(Duration.ofHours(1)));
        });
        List<DeployedModel> versions = test.processModels.versionsOf("charge");
        assertThat(versions).extracting(DeployedModel::version).containsExactly(2, 1);
        assertThat(versions.get(1).deployedBy()).as("not deployed through the workspace").isNull();
        assertThat(test.processModels.all()).extracting(DeployedModel::kind, DeployedModel::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ModelKind.PROCESS, "charge"),
                        org.assertj.core.groups.Tuple.tuple(ModelKind.PROCESS, "charge"),
                        org.assertj.core.groups.Tuple.tuple(ModelKind.DECISION, "commission"));
        assertThat(test.processModels.xml(versions.get(1).definitionId())).get().asString().contains("Charge v1")
                .doesNotContain("\"v2\"");
        assertThat(test.processModels.xml("no-such-definition")).isEmpty();
        String decision = test.processModels.versionsOf("commission").getFirst().definitionId();
        assertThat(test.processModels.find(decision)).get().extracting(DeployedModel::kind)
                .isEqualTo(ModelKind.DECISION);
        assertThat(test.processModels.xml(decision)).get().asString().contains("<decision");
    }

    @Test
    void aModelTheEngineRefusesIsReportedAndDeploysNothing() {
        assertThatThrownBy(() -> test.processModels.deploy("broken.bpmn", "<definitions>no</definitions>", "analyst"))
                .isInstanceOf(InvalidModelException.class);

        assertThat(test.processModels.all()).isEmpty();
    }

    @Test
    void waitingInstancesTrafficAndIncidentsAreCountedPerElement() {
        test.deploy(charge("Charge"));
        String definition = test.processModels.versionsOf("charge").getFirst().definitionId();
        for (String order : List.of("ORD-1", "ORD-2", "ORD-3")) {
            test.workflows.start("charge", order, Map.of());
        }
        ExternalTaskService tasks = test.engine.getExternalTaskService();
        var locked = tasks.fetchAndLock(2, "w").topic("payment.charge", 60_000).execute();
        test.moveTo(NINE.plus(Duration.ofMinutes(4)));
        tasks.complete(locked.get(0).getId(), "w");
        tasks.handleFailure(locked.get(1).getId(), "w", "Gateway down", 0, 0);

        assertThat(test.processActivity.waitingNow(definition)).containsExactly(Map.entry("Charge", 2L));
        Map<String, ElementTraffic> traffic = test.processActivity.traffic(definition,
                NINE.minus(Duration.ofHours(1)), NINE.plus(Duration.ofHours(1)));
        assertThat(traffic.get("Charge")).isEqualTo(new ElementTraffic(3, 1, Duration.ofMinutes(4)));
        assertThat(traffic.get("Done").entered()).isEqualTo(1);
        assertThat(test.processActivity.traffic(definition, NINE.plus(Duration.ofHours(1)),
                NINE.plus(Duration.ofHours(2)))).isEmpty();
        List<Incident> incidents = test.processActivity.openIncidents(definition);
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.elementId()).isEqualTo("Charge");
            assertThat(incident.businessKey()).isIn("ORD-1", "ORD-2", "ORD-3");
            assertThat(incident.errorMessage()).isEqualTo("Gateway down");
        });
        assertThat(test.processActivity.instanceIds()).hasSize(3);
    }

    private static BpmnModelInstance charge(String name) {
        return Bpmn.createExecutableProcess("charge").startEvent().serviceTask("Charge").name(name)
                .operatonExternalTask("payment.charge").endEvent("Done").done();
    }

    private static String commissionTable() throws IOException {
        try (InputStream in = ProcessModelsTest.class.getResourceAsStream("/processes/commission.dmn")) {
            assertThat(in).as("processes/commission.dmn on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
