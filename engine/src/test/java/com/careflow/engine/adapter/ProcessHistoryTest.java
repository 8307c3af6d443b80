package com.careflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;

import com.careflow.domain.engine.ElementInstance;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstanceState;

/** Instances and their steps, with a called child, from a real engine's history. */
class ProcessHistoryTest {

    private static TestEngine test;

    @BeforeAll
    static void engine() {
        test = new TestEngine();
        test.deploy(
                Bpmn.createExecutableProcess("order").startEvent("Placed").exclusiveGateway("Check")
                        .callActivity("Appointment").name("Appointment").calledElement("visit")
                        .operatonInBusinessKey("#{execution.processBusinessKey}")
                        .endEvent("Done").done(),
                Bpmn.createExecutableProcess("visit").startEvent("Booked").userTask("CheckIn").name("Check in")
                        .endEvent("Visited").done());
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @Test
    void instancesOfABusinessKeyIncludeTheCalledOnes() {
        String id = test.workflows.start("order", "ORD-1", Map.of());

        assertThat(test.history.instancesOf("ORD-1"))
                .extracting(ProcessInstance::bpmnProcessId, ProcessInstance::parentId, ProcessInstance::businessKey,
                        ProcessInstance::state)
                .containsExactly(tuple("order", null, "ORD-1", ProcessInstanceState.ACTIVE),
                        tuple("visit", id, "ORD-1", ProcessInstanceState.ACTIVE));
        assertThat(test.history.findById(id)).get().extracting(ProcessInstance::version).isEqualTo(1);
    }

    @Test
    void stepsOfAnInstanceGoThroughItsCalledChildInStartOrder() {
        String id = test.workflows.start("order", "ORD-2", Map.of());
        String task = test.userTasks.findByBusinessKey("ORD-2").getFirst().id();
        test.userTasks.complete(task, "otto", Map.of());

        assertThat(test.history.stepsOf(id))
                .extracting(ElementInstance::elementId, ElementInstance::elementType, ElementInstance::state)
                .containsExactly(
                        tuple("Placed", "START_EVENT", ProcessInstanceState.COMPLETED),
                        tuple("Check", "EXCLUSIVE_GATEWAY", ProcessInstanceState.COMPLETED),
                        tuple("Appointment", "CALL_ACTIVITY", ProcessInstanceState.COMPLETED),
                        tuple("Booked", "START_EVENT", ProcessInstanceState.COMPLETED),
                        tuple("CheckIn", "USER_TASK", ProcessInstanceState.COMPLETED),
                        tuple("Visited", "END_EVENT", ProcessInstanceState.COMPLETED),
                        tuple("Done", "END_EVENT", ProcessInstanceState.COMPLETED));
        assertThat(test.history.stepsOf(id)).filteredOn(step -> step.elementId().equals("CheckIn"))
                .singleElement().satisfies(step -> {
                    assertThat(step.bpmnProcessId()).isEqualTo("visit");
                    assertThat(step.elementName()).isEqualTo("Check in");
                    assertThat(step.endedAt()).isNotNull();
                });
        assertThat(test.history.findById(id)).get().extracting(ProcessInstance::state)
                .isEqualTo(ProcessInstanceState.COMPLETED);
    }

    @Test
    void aCancelledInstanceAndItsOpenStepAreTerminated() {
        String id = test.workflows.start("order", "ORD-3", Map.of());

        test.workflows.cancel("ORD-3", "test");

        assertThat(test.history.instancesOf("ORD-3")).extracting(ProcessInstance::state)
                .containsOnly(ProcessInstanceState.TERMINATED);
        assertThat(test.history.stepsOf(id)).filteredOn(step -> step.elementId().equals("CheckIn"))
                .extracting(ElementInstance::state).containsExactly(ProcessInstanceState.TERMINATED);
    }

    @Test
    void anUnknownInstanceIsEmpty() {
        assertThat(test.history.findById("nope")).isEmpty();
        assertThat(test.history.instancesOf("nobody")).isEmpty();
    }

    @Test
    void engineActivityTypesBecomeBpmnElementTypes() {
        assertThat(ElementTypes.of("serviceTask")).isEqualTo("SERVICE_TASK");
        assertThat(ElementTypes.of("boundaryTimer")).isEqualTo("BOUNDARY_EVENT");
        assertThat(ElementTypes.of("intermediateMessageCatch")).isEqualTo("INTERMEDIATE_CATCH_EVENT");
        assertThat(ElementTypes.of("intermediateTimer")).isEqualTo("INTERMEDIATE_CATCH_EVENT");
        assertThat(ElementTypes.of("intermediateNoneThrowEvent")).isEqualTo("INTERMEDIATE_THROW_EVENT");
        assertThat(ElementTypes.of("messageStartEvent")).isEqualTo("START_EVENT");
        assertThat(ElementTypes.of("errorEndEvent")).isEqualTo("END_EVENT");
        assertThat(ElementTypes.of("multiInstanceBody")).isEqualTo("MULTI_INSTANCE_BODY");
        assertThat(ElementTypes.of("businessRuleTask")).isEqualTo("BUSINESS_RULE_TASK");
    }
}
