package com.careflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeebeBrokerTest {

    private static final String PROCESS_ID = "runtime-restart-test";
    private static final String MESSAGE = "runtime-test-continue";
    private static final String JOB_TYPE = "runtime-test-after-restart";

    @TempDir
    Path dataDir;

    @Test
    void processInstanceWaitingForAMessageSurvivesABrokerRestart() {
        RuntimeProperties properties = TestProperties.bind(dataDir);
        long instanceKey;

        ZeebeBroker first = startBroker(properties);
        try (CamundaClient client = first.newClient()) {
            client.newDeployResourceCommand().addProcessModel(waitForMessageThenWork(), PROCESS_ID + ".bpmn")
                    .send().join();
            instanceKey = client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion()
                    .variables(Map.of("orderNumber", "ORD-RESTART-1")).send().join().getProcessInstanceKey();
        } finally {
            first.stop();
        }
        assertThat(PortCheck.isFree(properties.zeebe().grpcPort())).as("gRPC port released after stop").isTrue();

        ZeebeBroker second = startBroker(properties);
        try (CamundaClient client = second.newClient()) {
            client.newPublishMessageCommand().messageName(MESSAGE).correlationKey("ORD-RESTART-1")
                    .timeToLive(Duration.ofMinutes(1)).send().join();

            List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(JOB_TYPE).maxJobsToActivate(1)
                    .requestTimeout(Duration.ofSeconds(20)).send().join().getJobs();
            assertThat(jobs).singleElement().satisfies(job -> {
                assertThat(job.getProcessInstanceKey()).isEqualTo(instanceKey);
                assertThat(job.getVariablesAsMap()).containsEntry("orderNumber", "ORD-RESTART-1");
            });
            client.newCompleteCommand(jobs.get(0).getKey()).send().join();

            // a completed instance no longer exists, so cancelling it is rejected
            assertThatThrownBy(() -> client.newCancelInstanceCommand(instanceKey).send().join())
                    .isInstanceOf(ClientStatusException.class)
                    .satisfies(e -> assertThat(((ClientStatusException) e).getStatusCode())
                            .isEqualTo(Status.Code.NOT_FOUND));
        } finally {
            second.stop();
        }
    }

    @Test
    void brokerThatExitsWhileStartingIsReportedWithExitCodeAndLog() {
        RuntimeProperties properties = TestProperties.bind(dataDir, Map.of("careflow.runtime.zeebe.heap", "lots"));
        ZeebeBroker broker = new ZeebeBroker(properties, Distributions.in(properties.home()));
        try {
            assertThatThrownBy(() -> broker.start(new Startup(Duration.ofSeconds(60), () -> false)))
                    .isInstanceOf(RuntimeStartupException.class)
                    .hasMessageStartingWith("Zeebe exited with code 1 while starting (log: ")
                    .hasMessageContaining(dataDir.resolve("logs").resolve("zeebe.log").toString());
        } finally {
            broker.stop();
        }
    }

    @Test
    void exporterRunsWithTheRuntimesMongoAndItsJarIsWrittenBesideTheConfig() throws Exception {
        RuntimeProperties properties = TestProperties.bind(dataDir, Map.of(
                "careflow.runtime.zeebe.exporter.enabled", "true",
                "careflow.runtime.zeebe.exporter.database", "careflow-it"));
        Path config = new ZeebeBroker(properties, Distributions.in(properties.home())).writeConfig();

        Path jar = dataDir.resolve("zeebe/exporter/careflow-exporter.jar");
        assertThat(Files.readString(config)).contains("""
                zeebe.broker.exporters.careflow.className: com.careflow.exporter.MongoExporter
                zeebe.broker.exporters.careflow.jarPath: '%s'
                zeebe.broker.exporters.careflow.args.uri: 'mongodb://127.0.0.1:26617'
                zeebe.broker.exporters.careflow.args.database: 'careflow-it'
                """.formatted(jar));
        try (JarFile exporter = new JarFile(jar.toFile())) {
            assertThat(exporter.getEntry("com/careflow/exporter/MongoExporter.class")).isNotNull();
            assertThat(exporter.getEntry("com/careflow/exporter/shaded/com/mongodb/client/MongoClients.class"))
                    .as("the driver travels relocated").isNotNull();
            assertThat(exporter.getEntry("com/mongodb/client/MongoClients.class")).isNull();
        }
    }

    @Test
    void bareBrokerHasNoExporterUnlessEnabled() throws Exception {
        RuntimeProperties properties = TestProperties.bind(dataDir);
        Path config = new ZeebeBroker(properties, Distributions.in(properties.home())).writeConfig();

        assertThat(Files.readString(config)).doesNotContain("exporters");
        assertThat(dataDir.resolve("zeebe/exporter")).doesNotExist();
    }

    @Test
    void missingExporterJarIsReportedBeforeTheBrokerStarts() {
        RuntimeProperties properties = TestProperties.bind(dataDir);
        ClassLoader withoutTheJar = new ClassLoader(null) {
        };
        assertThatThrownBy(() -> new ZeebeBroker(properties, Distributions.in(properties.home()), true,
                ExporterJar.in(withoutTheJar)))
                .isInstanceOf(RuntimeStartupException.class)
                .hasMessage("The CareFlow Zeebe exporter jar is missing from the runtime "
                        + "(resource com/careflow/runtime/careflow-exporter.jar)")
                .satisfies(e -> assertThat(((RuntimeStartupException) e).action())
                        .startsWith("Build it with ./careflow build")
                        .contains("careflow.runtime.zeebe.exporter.enabled=false"));
        assertThat(dataDir.resolve("logs")).as("nothing started").doesNotExist();
    }

    private static ZeebeBroker startBroker(RuntimeProperties properties) {
        ZeebeBroker broker = new ZeebeBroker(properties, Distributions.in(properties.home()));
        broker.start(new Startup(Duration.ofSeconds(90), () -> false));
        return broker;
    }

    private static BpmnModelInstance waitForMessageThenWork() {
        return Bpmn.createExecutableProcess(PROCESS_ID)
                .startEvent()
                .intermediateCatchEvent("wait-for-message")
                .message(message -> message.name(MESSAGE).zeebeCorrelationKeyExpression("orderNumber"))
                .serviceTask("work", task -> task.zeebeJobType(JOB_TYPE))
                .endEvent()
                .done();
    }
}
