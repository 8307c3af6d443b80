package com.careflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.model.bpmn.Bpmn;

import com.careflow.domain.engine.ProcessInstanceState;

/** Starting instances and the kept-message semantics of {@code send}, on a real engine and a real Mongo server. */
class WorkflowsTest {

    private static final Duration TTL = Duration.ofMinutes(10);
    private static TestEngine test;

    @BeforeAll
    static void engine() {
        test = new TestEngine();
        test.deploy(
                // waits for "go" right after the start
                Bpmn.createExecutableProcess("waits").startEvent().intermediateCatchEvent("Go").message("go")
                        .endEvent().done(),
                // a worker step first, then "go": a message sent early must wait for the worker
                Bpmn.createExecutableProcess("busy").startEvent().serviceTask("Prepare").operatonExternalTask("prepare")
                        .intermediateCatchEvent("Go").message("go").endEvent().done(),
                // two catches of "go" in a row: a message applied twice would end the instance
                Bpmn.createExecutableProcess("twice").startEvent().intermediateCatchEvent("First").message("go")
                        .intermediateCatchEvent("Second").message("go").endEvent().done(),
                Bpmn.createExecutableProcess("caller").startEvent().callActivity("Call").calledElement("waits")
                        .operatonInBusinessKey("#{execution.processBusinessKey}").endEvent().done());
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @Test
    void startsTheNewestVersionWithTheBusinessKeyAndVariables() {
        String id = test.workflows.start("waits", "ORD-1", Map.of("orderNumber", "ORD-1", "amount", 42));

        var instance = runtime().createProcessInstanceQuery().processInstanceId(id).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo("ORD-1");
        assertThat(runtime().getVariables(id)).containsEntry("orderNumber", "ORD-1").containsEntry("amount", 42);
    }

    @Test
    void aMessageReachesTheInstanceThatWaits() {
        String id = test.workflows.start("waits", "ORD-2", Map.of());

        test.workflows.send("go", "ORD-2", "go:ORD-2", TTL, Map.of("approved", true));

        assertThat(state(id)).isEqualTo(ProcessInstanceState.COMPLETED);
        assertThat(variable(id, "approved")).isEqualTo(true);
    }

    @Test
    void aMessageSentBeforeTheInstanceWaitsIsDeliveredOnceItWaits() {
        String id = test.workflows.start("busy", "ORD-3", Map.of());

        test.workflows.send("go", "ORD-3", "go:ORD-3", TTL, Map.of("approved", true));
        assertThat(test.delivery.deliverDue()).isZero();
        assertThat(state(id)).isEqualTo(ProcessInstanceState.ACTIVE);

        completeWorkerStep("ORD-3");
        assertThat(test.delivery.deliverDue()).isEqualTo(1);

        assertThat(state(id)).isEqualTo(ProcessInstanceState.COMPLETED);
        assertThat(variable(id, "approved")).isEqualTo(true);
        assertThat(entry("go:ORD-3").getBoolean("delivered")).isTrue();
    }

    @Test
    void theSameMessageIdTwiceIsAppliedOnce() {
        String id = test.workflows.start("twice", "ORD-4", Map.of());

        test.workflows.send("go", "ORD-4", "go:ORD-4", TTL, Map.of());
        test.workflows.send("go", "ORD-4", "go:ORD-4", TTL, Map.of());
        test.delivery.deliverDue();

        assertThat(waitsAt(id)).containsExactly("Second");
        test.workflows.send("go", "ORD-4", "go-again:ORD-4", TTL, Map.of());
        assertThat(state(id)).isEqualTo(ProcessInstanceState.COMPLETED);
    }

    @Test
    void aRepeatWhileTheFirstIsStillKeptCountsOnce() {
        String id = test.workflows.start("busy", "ORD-5", Map.of());

        test.workflows.send("go", "ORD-5", "go:ORD-5", TTL, Map.of("n", 1));
        test.workflows.send("go", "ORD-5", "go:ORD-5", TTL, Map.of("n", 2));
        completeWorkerStep("ORD-5");

        assertThat(test.delivery.deliverDue()).isEqualTo(1);
        assertThat(test.delivery.deliverDue()).isZero();
        assertThat(variable(id, "n")).isEqualTo(1);
    }

    @Test
    void aMessageNobodyTookBeforeItsTimeToLiveIsDropped() {
        String id = test.workflows.start("busy", "ORD-6", Map.of());
        test.workflows.send("go", "ORD-6", "go:ORD-6", Duration.ofMinutes(1), Map.of());

        test.clock.now = test.clock.now.plus(Duration.ofMinutes(2));
        completeWorkerStep("ORD-6");

        assertThat(test.delivery.deliverDue()).isZero();
        assertThat(waitsAt(id)).containsExactly("Go");
        assertThat(test.mongo.findById("go:ORD-6", Document.class, PendingMessages.COLLECTION)).isNull();
    }

    @Test
    void aMessageWithoutTimeToLiveIsNotKept() {
        String id = test.workflows.start("busy", "ORD-7", Map.of());

        test.workflows.send("go", "ORD-7", "go:ORD-7", Duration.ZERO, Map.of());
        completeWorkerStep("ORD-7");

        assertThat(test.delivery.deliverDue()).isZero();
        assertThat(waitsAt(id)).containsExactly("Go");
    }

    @Test
    void anEntryLeasedByOneNodeIsNotTakenByAnother() {
        test.workflows.start("busy", "ORD-8", Map.of());
        test.workflows.send("go", "ORD-8", "go:ORD-8", TTL, Map.of());

        Optional<PendingMessages.Pending> first = test.pending.claimNext(List.of());
        PendingMessages otherNode = new PendingMessages(test.mongo, test.clock);

        assertThat(first).map(PendingMessages.Pending::messageId).contains("go:ORD-8");
        assertThat(otherNode.claimNext(List.of())).isEmpty();
        test.clock.now = test.clock.now.plus(PendingMessages.LEASE).plusSeconds(1);
        assertThat(otherNode.claimNext(List.of())).map(PendingMessages.Pending::messageId).contains("go:ORD-8");
        test.pending.remove("go:ORD-8");
    }

    @Test
    void aMessageReachesACalledInstanceByTheInheritedBusinessKey() {
        String id = test.workflows.start("caller", "ORD-9", Map.of());

        test.workflows.send("go", "ORD-9", "go:ORD-9", TTL, Map.of());

        assertThat(state(id)).isEqualTo(ProcessInstanceState.COMPLETED);
    }

    @Test
    void cancelEndsTheInstancesOfTheBusinessKeyWithTheirCalledOnesAndForgetsKeptMessages() {
        String id = test.workflows.start("caller", "ORD-10", Map.of());
        test.workflows.send("other", "ORD-10", "other:ORD-10", TTL, Map.of());

        test.workflows.cancel("ORD-10", "order withdrawn");

        assertThat(runtime().createProcessInstanceQuery().processInstanceBusinessKey("ORD-10").count()).isZero();
        assertThat(state(id)).isEqualTo(ProcessInstanceState.TERMINATED);
        assertThat(test.mongo.findById("other:ORD-10", Document.class, PendingMessages.COLLECTION)).isNull();
    }

    @Test
    void anUnknownProcessIsRefused() {
        assertThatThrownBy(() -> test.workflows.start("nope", "X", Map.of()))
                .isInstanceOf(RuntimeException.class);
    }

    private static RuntimeService runtime() {
        return test.engine.getRuntimeService();
    }

    private static ProcessInstanceState state(String id) {
        return test.history.findById(id).orElseThrow().state();
    }

    private static Object variable(String id, String name) {
        return test.engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
                .variableName(name).singleResult().getValue();
    }

    private static List<String> waitsAt(String id) {
        return runtime().getActiveActivityIds(id);
    }

    private static Document entry(String messageId) {
        return test.mongo.findById(messageId, Document.class, PendingMessages.COLLECTION);
    }

    /** What a worker does: fetch the instance's task and complete it. */
    private static void completeWorkerStep(String businessKey) {
        List<LockedExternalTask> locked = test.engine.getExternalTaskService().fetchAndLock(10, "test-worker")
                .topic("prepare", 10_000).businessKey(businessKey).execute();
        assertThat(locked).hasSize(1);
        test.engine.getExternalTaskService().complete(locked.getFirst().getId(), "test-worker");
    }
}
