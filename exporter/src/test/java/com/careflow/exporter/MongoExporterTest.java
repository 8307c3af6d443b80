package com.careflow.exporter;

import static com.careflow.exporter.Records.DEFINITION;
import static com.careflow.exporter.Records.INSTANCE;
import static com.careflow.exporter.Records.PROCESS_ID;
import static com.careflow.exporter.Records.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.engine.ElementInstance;
import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.IncidentState;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstanceState;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;

/**
 * The exporter against mongo-java-server, with the documents read back through the domain's read-model records and
 * Spring Data's mapping, as the portal and the workers read them.
 */
class MongoExporterTest {

    private static final long TASK = 2251799813685400L;

    @TempDir
    Path tempDir;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private TestMongo mongo;
    private MongoTemplate template;
    private TestController controller;
    private MongoExporter exporter;

    @AfterEach
    void closeAll() throws Exception {
        if (exporter != null) {
            exporter.close();
        }
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }

    @Test
    void processInstanceWithItsElementsAndVariablesOfInterestReadsBackAsTheDomainRecords() {
        open(new TestMongo());
        export(Records.variable(1, VariableIntent.CREATED, "orderNumber", "\"ORD20260504000001\"", INSTANCE),
                Records.variable(2, VariableIntent.CREATED, "amount", "99.5", INSTANCE),
                Records.process(3, ProcessInstanceIntent.ELEMENT_ACTIVATING, -1),
                Records.process(4, ProcessInstanceIntent.ELEMENT_ACTIVATED, -1),
                Records.element(5, ProcessInstanceIntent.ELEMENT_ACTIVATED, 10, BpmnElementType.START_EVENT, "Start"),
                Records.element(6, ProcessInstanceIntent.ELEMENT_COMPLETED, 10, BpmnElementType.START_EVENT, "Start"),
                Records.element(7, ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN, 11, BpmnElementType.SEQUENCE_FLOW,
                        "toCharge"),
                Records.element(8, ProcessInstanceIntent.ELEMENT_ACTIVATED, 12, BpmnElementType.SERVICE_TASK,
                        "Charge"),
                Records.variable(9, VariableIntent.CREATED, "contentId", "\"CNT1\"", 12),
                Records.variable(10, VariableIntent.CREATED, "category", "\"NURSING\"", INSTANCE),
                Records.variable(11, VariableIntent.UPDATED, "orderNumber", "\"ORD20260504000002\"", INSTANCE),
                Records.element(12, ProcessInstanceIntent.ELEMENT_TERMINATED, 12, BpmnElementType.SERVICE_TASK,
                        "Charge"),
                Records.process(13, ProcessInstanceIntent.ELEMENT_COMPLETED, -1));

        assertThat(template.findAll(ProcessInstance.class)).containsExactly(new ProcessInstance(INSTANCE, PROCESS_ID,
                3, DEFINITION, -1, ProcessInstanceState.COMPLETED, at(4), at(13),
                Map.of("orderNumber", "ORD20260504000002", "category", "NURSING"), 13));
        assertThat(template.find(new Query().with(Sort.by("_id")), ElementInstance.class)).containsExactly(
                new ElementInstance(10, INSTANCE, PROCESS_ID, "Start", null, "START_EVENT",
                        ProcessInstanceState.COMPLETED, at(5), at(6), 6),
                new ElementInstance(12, INSTANCE, PROCESS_ID, "Charge", null, "SERVICE_TASK",
                        ProcessInstanceState.TERMINATED, at(8), at(12), 12));
        assertThat(controller.getLastExportedRecordPosition()).isEqualTo(13);
    }

    @Test
    void calledInstancePointsAtItsParent() {
        open(new TestMongo());
        export(Records.process(1, ProcessInstanceIntent.ELEMENT_ACTIVATED, 42));

        assertThat(template.findById(INSTANCE, ProcessInstance.class)).satisfies(instance -> {
            assertThat(instance.parentProcessInstanceKey()).isEqualTo(42);
            assertThat(instance.state()).isEqualTo(ProcessInstanceState.ACTIVE);
            assertThat(instance.endedAt()).isNull();
        });
    }

    @Test
    void userTaskFollowsCreationAssignmentsUpdatesAndCompletionButKeepsTheAlertFlagsOfOthers() {
        open(new TestMongo());
        export(Records.userTask(20, UserTaskIntent.CREATED, TASK, task -> task
                .withCandidateGroupsList(List.of("reviewer")).withDueDate("2026-05-06T10:00:00+08:00")
                .withFollowUpDate("2026-05-05T10:00:00+08:00").withPriority(80)
                .withCustomHeaders(Map.of("kind", "content"))));

        assertThat(template.findById(TASK, UserTask.class)).isEqualTo(new UserTask(TASK, INSTANCE, DEFINITION,
                PROCESS_ID, "ReviewContent", TASK - 1, UserTaskState.CREATED, null, List.of("reviewer"), List.of(),
                Instant.parse("2026-05-06T02:00:00Z"), Instant.parse("2026-05-05T02:00:00Z"), 80,
                Map.of("kind", "content"), at(20), null, null, null, null, 20));

        // the notify worker's alert flags live on the same document
        template.getCollection("user_tasks").updateOne(Filters.eq("_id", TASK), Updates.set("alertedCreated", true));
        export(Records.userTask(21, UserTaskIntent.ASSIGNED, TASK, task -> task.withAssignee("u-1")));
        assertThat(template.findById(TASK, UserTask.class).assignee()).isEqualTo("u-1");

        export(Records.userTask(22, UserTaskIntent.UPDATED, TASK, task -> task.withAssignee("u-1")
                        .withChangedAttributes(List.of("dueDate", "priority"))
                        .withDueDate("2026-05-07T09:30:00+08:00[Asia/Shanghai]").withPriority(95)
                        .withCandidateGroupsList(List.of("finance"))),
                Records.userTask(23, UserTaskIntent.ASSIGNED, TASK, task -> task.withAssignee("")));
        assertThat(template.findById(TASK, UserTask.class)).satisfies(task -> {
            assertThat(task.assignee()).as("unassigned").isNull();
            assertThat(task.dueDate()).isEqualTo(Instant.parse("2026-05-07T01:30:00Z"));
            assertThat(task.priority()).isEqualTo(95);
            assertThat(task.candidateGroups()).as("not among the changed attributes").containsExactly("reviewer");
        });

        export(Records.userTask(24, UserTaskIntent.ASSIGNED, TASK, task -> task.withAssignee("u-2")),
                Records.userTask(25, UserTaskIntent.COMPLETED, TASK, task -> task.withAssignee("u-2")));
        assertThat(template.findById(TASK, UserTask.class)).isEqualTo(new UserTask(TASK, INSTANCE, DEFINITION,
                PROCESS_ID, "ReviewContent", TASK - 1, UserTaskState.COMPLETED, "u-2", List.of("reviewer"),
                List.of(), Instant.parse("2026-05-07T01:30:00Z"), Instant.parse("2026-05-05T02:00:00Z"), 95,
                Map.of("kind", "content"), at(20), at(25), "u-2", true, null, 25));
    }

    @Test
    void cancelledTaskEndsWithoutACompleter() {
        open(new TestMongo());
        export(Records.userTask(1, UserTaskIntent.CREATED, TASK, task -> task),
                Records.userTask(2, UserTaskIntent.CANCELED, TASK, task -> task));

        assertThat(template.findById(TASK, UserTask.class)).satisfies(task -> {
            assertThat(task.state()).isEqualTo(UserTaskState.CANCELED);
            assertThat(task.endedAt()).isEqualTo(at(2));
            assertThat(task.completedBy()).isNull();
            assertThat(task.dueDate()).as("no schedule in the model").isNull();
            assertThat(task.priority()).isEqualTo(50);
        });
    }

    @Test
    void incidentOpensAndResolves() {
        open(new TestMongo());
        export(Records.incident(30, IncidentIntent.CREATED, 77, 12, 88));
        assertThat(template.findById(77L, Incident.class).isOpen()).isTrue();

        export(Records.incident(31, IncidentIntent.RESOLVED, 77, 12, 88));
        assertThat(template.findAll(Incident.class)).containsExactly(new Incident(77, INSTANCE, PROCESS_ID, "Charge",
                12, 88, "JOB_NO_RETRIES", "card processor down", IncidentState.RESOLVED, at(30), at(31), 31));
    }

    @Test
    void replayedRecordsChangeNothingOnTheMemoryBackend() {
        replayedRecordsChangeNothing(new TestMongo());
    }

    @Test
    void replayedRecordsChangeNothingOnTheH2BackendTheLocalRuntimeUses() {
        replayedRecordsChangeNothing(new TestMongo(new H2Backend(tempDir.resolve("mongo.mv").toString())));
    }

    private void replayedRecordsChangeNothing(TestMongo backend) {
        open(backend);
        List<Record<?>> records = List.of(
                Records.variable(1, VariableIntent.CREATED, "orderNumber", "\"ORD1\"", INSTANCE),
                Records.process(2, ProcessInstanceIntent.ELEMENT_ACTIVATED, -1),
                Records.userTask(3, UserTaskIntent.CREATED, TASK, task -> task.withCandidateGroupsList(
                        List.of("reviewer"))),
                Records.variable(4, VariableIntent.UPDATED, "orderNumber", "\"ORD2\"", INSTANCE),
                Records.userTask(5, UserTaskIntent.ASSIGNED, TASK, task -> task.withAssignee("u-1")),
                Records.incident(6, IncidentIntent.CREATED, 77, 12, 88));
        records.forEach(exporter::export);
        Map<String, List<Document>> before = snapshot();

        // a broker restart replays from the last acknowledged position; a retry repeats one record
        records.forEach(exporter::export);
        exporter.export(Records.userTask(3, UserTaskIntent.CREATED, TASK, task -> task));
        exporter.export(Records.variable(1, VariableIntent.CREATED, "orderNumber", "\"ORD1\"", INSTANCE));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(before.get("user_tasks")).singleElement().satisfies(task -> {
            assertThat(task.get("assignee")).isEqualTo("u-1");
            assertThat(task.get("position")).isEqualTo(5L);
        });
        assertThat(before.get("process_instances")).singleElement()
                .satisfies(instance -> assertThat(instance.get("variables", Document.class))
                        .containsEntry("orderNumber", "ORD2"));
    }

    @Test
    void whileMongoIsDownExportFailsFastAndAcknowledgesNothingThenTheRetryWritesIt() {
        TestMongo server = new TestMongo();
        open(server);
        export(Records.process(1, ProcessInstanceIntent.ELEMENT_ACTIVATED, -1));

        server.stop();
        Record<?> completed = Records.process(2, ProcessInstanceIntent.ELEMENT_COMPLETED, -1);
        long began = System.nanoTime();
        assertThatThrownBy(() -> exporter.export(completed)).isInstanceOf(MongoException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).as("fails within the short timeouts")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(controller.getLastExportedRecordPosition()).isEqualTo(1);
        controller.runScheduledTasks(); // the position flush must not throw either

        server.start();
        exporter.export(completed); // the broker's retry of the same record
        assertThat(controller.getLastExportedRecordPosition()).isEqualTo(2);
        assertThat(template.findById(INSTANCE, ProcessInstance.class).state())
                .isEqualTo(ProcessInstanceState.COMPLETED);
    }

    @Test
    void recordsWithoutAWriteAreAcknowledgedAndTheFlushSavesThePosition() {
        open(new TestMongo());
        export(Records.process(1, ProcessInstanceIntent.ELEMENT_ACTIVATED, -1),
                Records.command(Records.process(2, ProcessInstanceIntent.ELEMENT_COMPLETED, -1)),
                Records.variable(3, VariableIntent.CREATED, "secret", "\"x\"", INSTANCE));

        assertThat(controller.getLastExportedRecordPosition()).isEqualTo(3);
        assertThat(template.findById(INSTANCE, ProcessInstance.class)).satisfies(instance -> {
            assertThat(instance.state()).as("a command changes nothing").isEqualTo(ProcessInstanceState.ACTIVE);
            assertThat(instance.variables()).isNull();
        });

        controller.runScheduledTasks();
        assertThat(template.getCollection("exporter_positions").find().first())
                .containsEntry("_id", "partition-1").containsEntry("position", 3L).containsKey("updatedAt");
    }

    @Test
    void theBrokerOnlyHandsItEventsOfTheFourValueTypes() {
        TestContext context = configure(Map.of());
        var filter = context.filter();

        assertThat(filter.acceptType(RecordType.EVENT)).isTrue();
        assertThat(filter.acceptType(RecordType.COMMAND)).isFalse();
        assertThat(filter.acceptType(RecordType.COMMAND_REJECTION)).isFalse();
        assertThat(List.of(ValueType.values())).filteredOn(filter::acceptValue).containsExactlyInAnyOrder(
                ValueType.PROCESS_INSTANCE, ValueType.INCIDENT, ValueType.USER_TASK, ValueType.VARIABLE);
    }

    @Test
    void indexesForTheInboxAndTimelineQueriesExistAfterOpen() {
        open(new TestMongo());

        assertThat(indexNames("user_tasks")).contains("state_1_candidateGroups_1", "assignee_1",
                "processInstanceKey_1");
        assertThat(indexNames("element_instances")).contains("processInstanceKey_1");
        assertThat(indexNames("incidents")).contains("state_1");
        assertThat(indexNames("process_instances")).contains("parentProcessInstanceKey_1");
    }

    @Test
    void badArgumentsFailTheConfigurationWithWhatIsWrong() {
        assertThatThrownBy(() -> configure(Map.of("uri", "localhost:27017")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("careflow exporter: args.uri must be a MongoDB connection string (mongodb://…), got: "
                        + "localhost:27017");
        assertThatThrownBy(() -> configure(Map.of("variables", "orderNumber, a.b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("careflow exporter: args.variables holds an invalid variable name: 'a.b'");
    }

    private void open(TestMongo server) {
        mongo = server;
        resources.add(server);
        MongoClient client = MongoClients.create(server.uri());
        resources.add(client);
        template = new MongoTemplate(client, "careflow");
        configure(Map.of("uri", server.uri()));
        controller = new TestController(-1);
        exporter.open(controller);
    }

    private TestContext configure(Map<String, Object> arguments) {
        TestContext context = new TestContext(arguments);
        exporter = new MongoExporter();
        exporter.configure(context);
        return context;
    }

    private void export(Record<?>... records) {
        for (Record<?> record : records) {
            exporter.export(record);
        }
    }

    private Map<String, List<Document>> snapshot() {
        MongoDatabase database = template.getDb();
        return Map.of(
                "process_instances", database.getCollection("process_instances").find().into(new ArrayList<>()),
                "element_instances", database.getCollection("element_instances").find().into(new ArrayList<>()),
                "user_tasks", database.getCollection("user_tasks").find().into(new ArrayList<>()),
                "incidents", database.getCollection("incidents").find().into(new ArrayList<>()));
    }

    private List<String> indexNames(String collection) {
        return template.getCollection(collection).listIndexes().map(index -> index.getString("name"))
                .into(new ArrayList<>());
    }
}
