package com.careflow.processes.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.engine.ElementInstance;
import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.IncidentState;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstanceState;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.processes.TestBrokers;
import com.careflow.runtime.RuntimeProperties;
import com.careflow.runtime.StandaloneZeebe;

/**
 * The CareFlow exporter inside a real Zeebe 8.6 broker (the runtime's distribution and embedded exporter jar),
 * writing to a MongoDB that goes down mid-stream while instances keep starting, failing, being resolved, claimed and
 * completed, and comes back on the same port. Afterwards every instance, element instance, user task and incident is
 * in MongoDB exactly once with its final state, read through the domain's read-model records as the portal reads
 * them.
 */
class ExporterOutageTest {

    private static final int BASE_PORT = 26990;
    private static final String PROCESS_ID = "exporter-outage";
    private static final String JOB_TYPE = "exporter-test.work";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant DUE = OffsetDateTime.parse("2026-12-01T10:00:00+08:00").toInstant();

    private static Path dataDir;
    private static OutageMongo mongo;
    private static StandaloneZeebe broker;
    private static CamundaClient client;
    private static JobWorker worker;
    private static MongoClient mongoClient;
    private static MongoTemplate readModel;
    /** Instances whose job already failed once (into an incident): the retry after resolving succeeds. */
    private static final Set<Long> failedOnce = ConcurrentHashMap.newKeySet();
    private static final Set<Long> worked = ConcurrentHashMap.newKeySet();

    /** One instance of the test model and what the test did to it. */
    record Run(String orderNumber, long key, boolean fails, Instant due, int priority) {
    }

    @BeforeAll
    static void start() throws IOException {
        mongo = new OutageMongo();
        dataDir = Files.createTempDirectory("careflow-exporter-outage-");
        broker = StandaloneZeebe.start(properties());
        client = broker.newClient();
        client.newDeployResourceCommand()
                .addResourceFromClasspath("com/careflow/processes/exporter/exporter-outage.bpmn").send().join();
        worker = client.newWorker().jobType(JOB_TYPE).handler(ExporterOutageTest::work).name("exporter-test")
                .timeout(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).open();
        mongoClient = MongoClients.create(mongo.uri());
        readModel = new MongoTemplate(mongoClient, "careflow");
    }

    @AfterAll
    static void stop() throws IOException {
        for (AutoCloseable resource : new AutoCloseable[] {worker, client, broker, mongoClient, mongo}) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                System.err.println("could not close " + resource + ": " + e);
            }
        }
        TestBrokers.deleteRecursively(dataDir);
    }

    @Test
    void nothingIsLostOrDuplicatedWhenMongoGoesDownMidStream() throws InterruptedException, IOException {
        List<Run> before = startRuns("A");
        Run failedBefore = before.get(0);
        Run claimedDuringOutage = before.get(1);
        Incident incidentBefore = awaitIncident(failedBefore);
        Map<Long, UserTask> tasksBefore = Map.of(
                claimedDuringOutage.key(), awaitTask(claimedDuringOutage),
                before.get(2).key(), awaitTask(before.get(2)));

        mongo.stop();
        // the engine goes on: an incident resolved, tasks claimed and completed, new instances run into tasks and
        // incidents; none of it can be written now
        resolve(incidentBefore);
        client.newAssignUserTaskCommand(tasksBefore.get(claimedDuringOutage.key()).id()).assignee("reviewer-1")
                .send().join();
        tasksBefore.values().forEach(task -> client.newCompleteUserTaskCommand(task.id()).send().join());
        List<Run> during = startRuns("B");
        await().atMost(WAIT).until(() -> worked.containsAll(keys(during.subList(1, 3)))
                && worked.contains(failedBefore.key()) && failedOnce.contains(during.get(0).key()));
        // the exporter itself says it met the outage before MongoDB comes back (not mere lag)
        await().atMost(WAIT).until(() -> brokerLog().contains("CareFlow exporter cannot write to MongoDB"));

        mongo.start();
        List<Run> after = startRuns("C");

        // finish every instance: the later ones' task and incident keys are only known from the read model
        for (Run run : List.of(during.get(0), after.get(0))) {
            resolve(awaitIncident(run));
        }
        Map<String, String> claims = Map.of(claimedDuringOutage.orderNumber(), "reviewer-1",
                during.get(1).orderNumber(), "reviewer-2");
        for (Run run : List.of(failedBefore, during.get(0), during.get(1), during.get(2), after.get(0),
                after.get(1), after.get(2))) {
            long task = awaitTask(run).id();
            if (claims.containsKey(run.orderNumber())) {
                client.newAssignUserTaskCommand(task).assignee(claims.get(run.orderNumber())).send().join();
            }
            client.newCompleteUserTaskCommand(task).send().join();
        }

        List<Run> runs = Stream.of(before, during, after).flatMap(List::stream).toList();
        await().atMost(WAIT).untilAsserted(() -> assertThat(readModel.findAll(ProcessInstance.class))
                .as("every instance exported as completed").hasSize(runs.size())
                .allSatisfy(instance -> assertThat(instance.state()).isEqualTo(ProcessInstanceState.COMPLETED)));
        assertInstances(runs);
        assertElements(runs);
        assertUserTasks(runs, claims);
        assertIncidents(List.of(failedBefore, during.get(0), after.get(0)));
        assertExportedPosition();
        assertOutageLoggedOnce();
    }

    /** The exporter met the outage (not mere lag): one WARN for the outage, one INFO when writing resumed. */
    private static void assertOutageLoggedOnce() throws IOException {
        String log = brokerLog();
        assertThat(log.split("CareFlow exporter cannot write to MongoDB", -1)).hasSize(2);
        assertThat(log).contains("CareFlow exporter writes to MongoDB again after");
    }

    private static void assertInstances(List<Run> runs) {
        Map<Long, ProcessInstance> instances = byId(readModel.findAll(ProcessInstance.class), ProcessInstance::id);
        assertThat(instances.keySet()).containsExactlyInAnyOrderElementsOf(keys(runs));
        for (Run run : runs) {
            ProcessInstance instance = instances.get(run.key());
            assertThat(instance.bpmnProcessId()).isEqualTo(PROCESS_ID);
            assertThat(instance.version()).isEqualTo(1);
            assertThat(instance.parentProcessInstanceKey()).isEqualTo(-1);
            assertThat(instance.startedAt()).isNotNull().isBeforeOrEqualTo(instance.endedAt());
            assertThat(instance.variables()).as("only the variables of interest")
                    .isEqualTo(Map.of("orderNumber", run.orderNumber()));
        }
    }

    /** Each instance: its four elements once each, completed, and the instance's completion applied last. */
    private static void assertElements(List<Run> runs) {
        List<ElementInstance> elements = readModel.findAll(ElementInstance.class);
        assertThat(elements).hasSize(4 * runs.size());
        Map<Long, ProcessInstance> instances = byId(readModel.findAll(ProcessInstance.class), ProcessInstance::id);
        Map<Long, List<ElementInstance>> byInstance = elements.stream()
                .collect(Collectors.groupingBy(ElementInstance::processInstanceKey));
        for (Run run : runs) {
            List<ElementInstance> steps = byInstance.get(run.key());
            assertThat(steps).as(run.orderNumber())
                    .extracting(ElementInstance::elementId, ElementInstance::elementType, ElementInstance::state)
                    .containsExactlyInAnyOrder(
                            tuple("Start", "START_EVENT", ProcessInstanceState.COMPLETED),
                            tuple("Work", "SERVICE_TASK", ProcessInstanceState.COMPLETED),
                            tuple("Review", "USER_TASK", ProcessInstanceState.COMPLETED),
                            tuple("End", "END_EVENT", ProcessInstanceState.COMPLETED));
            assertThat(steps).allSatisfy(step -> {
                assertThat(step.bpmnProcessId()).isEqualTo(PROCESS_ID);
                assertThat(step.startedAt()).isNotNull().isBeforeOrEqualTo(step.endedAt());
                assertThat(step.position()).isPositive().isLessThan(instances.get(run.key()).position());
            });
            assertThat(steps).extracting(ElementInstance::position).doesNotHaveDuplicates();
        }
    }

    private static void assertUserTasks(List<Run> runs, Map<String, String> claims) {
        Map<Long, UserTask> tasks = byId(readModel.findAll(UserTask.class), UserTask::processInstanceKey);
        assertThat(readModel.count(new Query(), UserTask.class)).isEqualTo(runs.size());
        for (Run run : runs) {
            UserTask task = tasks.get(run.key());
            assertThat(task).as(run.orderNumber()).isNotNull();
            assertThat(task.state()).isEqualTo(UserTaskState.COMPLETED);
            assertThat(task.elementId()).isEqualTo("Review");
            assertThat(task.bpmnProcessId()).isEqualTo(PROCESS_ID);
            assertThat(task.candidateGroups()).containsExactly("reviewer");
            assertThat(task.dueDate()).isEqualTo(run.due());
            assertThat(task.followUpDate()).isNull();
            assertThat(task.priority()).isEqualTo(run.priority());
            assertThat(task.customHeaders()).isEqualTo(Map.of("form", "review"));
            assertThat(task.createdAt()).isNotNull().isBeforeOrEqualTo(task.endedAt());
            assertThat(task.assignee()).isEqualTo(claims.get(run.orderNumber()));
            assertThat(task.completedBy()).isEqualTo(claims.get(run.orderNumber()));
        }
    }

    private static void assertIncidents(List<Run> failing) {
        List<Incident> incidents = readModel.findAll(Incident.class);
        assertThat(incidents).extracting(Incident::processInstanceKey)
                .containsExactlyInAnyOrderElementsOf(keys(failing));
        Map<Long, String> orderNumbers = failing.stream().collect(Collectors.toMap(Run::key, Run::orderNumber));
        assertThat(incidents).allSatisfy(incident -> {
            assertThat(incident.state()).isEqualTo(IncidentState.RESOLVED);
            assertThat(incident.elementId()).isEqualTo("Work");
            assertThat(incident.errorType()).isEqualTo("JOB_NO_RETRIES");
            assertThat(incident.errorMessage())
                    .isEqualTo("scripted failure of " + orderNumbers.get(incident.processInstanceKey()));
            assertThat(incident.jobKey()).isPositive();
            assertThat(incident.createdAt()).isNotNull().isBeforeOrEqualTo(incident.resolvedAt());
        });
    }

    /** The saved position (for a status page) reaches the last record applied. */
    private static void assertExportedPosition() {
        long last = Stream.of(readModel.findAll(ProcessInstance.class).stream().map(ProcessInstance::position),
                        readModel.findAll(ElementInstance.class).stream().map(ElementInstance::position),
                        readModel.findAll(UserTask.class).stream().map(UserTask::position),
                        readModel.findAll(Incident.class).stream().map(Incident::position))
                .flatMap(Function.identity()).max(Long::compare).orElseThrow();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document saved = readModel.getCollection("exporter_positions")
                    .find(new Document("_id", "partition-1")).first();
            assertThat(saved).isNotNull();
            assertThat(saved.getLong("position")).isGreaterThanOrEqualTo(last);
        });
    }

    /** Three instances; the first one's job fails into an incident. */
    private static List<Run> startRuns(String phase) {
        return IntStream.range(0, 3).mapToObj(i -> {
            String orderNumber = "EXP-" + phase + i;
            Instant due = DUE.plus(Duration.ofHours(phase.charAt(0) - 'A')).plusSeconds(60L * i);
            int priority = 10 * (phase.charAt(0) - 'A') + 30 * i + 5;
            Map<String, Object> variables = new HashMap<>();
            variables.put("orderNumber", orderNumber);
            variables.put("fail", i == 0);
            variables.put("reviewDueDate", OffsetDateTime.ofInstant(due, ZoneOffset.ofHours(8))
                    .toString());
            variables.put("reviewPriority", priority);
            long key = client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion()
                    .variables(variables).send().join().getProcessInstanceKey();
            return new Run(orderNumber, key, i == 0, due, priority);
        }).toList();
    }

    private static void work(JobClient jobs, ActivatedJob job) {
        boolean fails = Boolean.TRUE.equals(job.getVariablesAsMap().get("fail"));
        if (fails && failedOnce.add(job.getProcessInstanceKey())) {
            jobs.newFailCommand(job.getKey()).retries(0)
                    .errorMessage("scripted failure of " + job.getVariablesAsMap().get("orderNumber")).send().join();
            return;
        }
        jobs.newCompleteCommand(job.getKey()).send().join();
        worked.add(job.getProcessInstanceKey());
    }

    private static void resolve(Incident incident) {
        client.newUpdateRetriesCommand(incident.jobKey()).retries(1).send().join();
        client.newResolveIncidentCommand(incident.id()).send().join();
    }

    private static Incident awaitIncident(Run run) {
        return await().atMost(WAIT).until(() -> readModel.findOne(
                Query.query(Criteria.where("processInstanceKey").is(run.key())), Incident.class),
                incident -> incident != null);
    }

    private static UserTask awaitTask(Run run) {
        return await().atMost(WAIT).until(() -> readModel.findOne(
                Query.query(Criteria.where("processInstanceKey").is(run.key())), UserTask.class),
                task -> task != null);
    }

    private static String brokerLog() throws IOException {
        return Files.readString(dataDir.resolve("logs").resolve("zeebe.log"));
    }

    private static List<Long> keys(List<Run> runs) {
        return runs.stream().map(Run::key).toList();
    }

    private static <T> Map<Long, T> byId(List<T> documents, Function<T, Long> id) {
        return documents.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static RuntimeProperties properties() {
        return TestBrokers.properties(BASE_PORT, dataDir, Map.of(
                "careflow.runtime.zeebe.exporter.enabled", "true",
                "careflow.runtime.mongo.port", String.valueOf(mongo.port())));
    }
}
