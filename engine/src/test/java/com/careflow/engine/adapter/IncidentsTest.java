package com.careflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.model.bpmn.Bpmn;

import com.careflow.domain.engine.Incident;
import com.careflow.domain.engine.IncidentState;
import com.careflow.domain.engine.Incidents.IncidentGoneException;

/** Incidents of a failed external task and of a failed job, and their retry, on a real engine. */
class IncidentsTest {

    private static TestEngine test;

    @BeforeAll
    static void engine() {
        test = new TestEngine();
        test.deploy(
                Bpmn.createExecutableProcess("charge").startEvent().serviceTask("Charge")
                        .operatonExternalTask("payment.charge").endEvent().done(),
                // an asynchronous step whose expression names a variable nobody set: the job fails
                Bpmn.createExecutableProcess("broken").startEvent().serviceTask("Compute").operatonAsyncBefore()
                        .operatonExpression("${missingVariable}").endEvent().done());
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @Test
    void aFailedExternalTaskShowsItsOneLineMessageAndRetryGivesItsRetriesBack() {
        String instance = test.workflows.start("charge", "ORD-1", Map.of());
        ExternalTaskService tasks = test.engine.getExternalTaskService();
        String taskId = tasks.fetchAndLock(1, "w").topic("payment.charge", 10_000).businessKey("ORD-1").execute()
                .getFirst().getId();
        tasks.handleFailure(taskId, "w", "Gateway refused the card\nat Payment.charge(Payment.java:12)",
                "java.lang.IllegalStateException: stack", 0, 0);

        Incident incident = only("ORD-1");
        assertThat(incident.processInstanceId()).isEqualTo(instance);
        assertThat(incident.bpmnProcessId()).isEqualTo("charge");
        assertThat(incident.elementId()).isEqualTo("Charge");
        assertThat(incident.errorType()).isEqualTo("failedExternalTask");
        assertThat(incident.errorMessage()).isEqualTo("Gateway refused the card");
        assertThat(incident.isOpen()).isTrue();
        assertThat(test.incidents.findById(incident.id())).contains(incident);
        // the finders leave the long form out; it is read on its own
        assertThat(incident.details()).isNull();
        assertThat(test.incidents.details(incident.id())).contains("java.lang.IllegalStateException: stack");

        test.incidents.retry(incident.id(), 2);

        assertThat(tasks.createExternalTaskQuery().externalTaskId(taskId).singleResult().getRetries()).isEqualTo(2);
        assertThat(test.incidents.findById(incident.id())).get().extracting(Incident::state)
                .isEqualTo(IncidentState.RESOLVED);
        assertThat(test.incidents.findOpen()).extracting(Incident::businessKey).doesNotContain("ORD-1");
        assertThatThrownBy(() -> test.incidents.retry(incident.id(), 1)).isInstanceOf(IncidentGoneException.class);
        assertThat(test.incidents.details(incident.id())).isEmpty();
    }

    @Test
    void aFailedJobIsRetriedThroughItsJob() {
        test.workflows.start("broken", "ORD-2", Map.of());
        ManagementService management = test.engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(
                test.history.instancesOf("ORD-2").getFirst().id()).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                management.executeJob(job.getId());
            }
            catch (RuntimeException expected) {
                // the job fails each time and loses a retry
            }
        }

        Incident incident = only("ORD-2");
        assertThat(incident.errorType()).isEqualTo("failedJob");
        assertThat(incident.errorMessage()).doesNotContain("\n").contains("missingVariable");
        assertThat(incident.details()).isNull();
        assertThat(test.incidents.details(incident.id())).get().asString()
                .contains("missingVariable").contains("\n\tat org.operaton.");

        test.incidents.retry(incident.id(), 1);

        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
        assertThat(test.incidents.findById(incident.id())).get().extracting(Incident::isOpen).isEqualTo(false);
    }

    @Test
    void anUnknownIncidentIsEmptyAndCannotBeRetried() {
        assertThat(test.incidents.findById("nope")).isEmpty();
        assertThat(test.incidents.details("nope")).isEmpty();
        assertThatThrownBy(() -> test.incidents.retry("nope", 1)).isInstanceOf(IncidentGoneException.class);
    }

    private static Incident only(String businessKey) {
        List<Incident> open = test.incidents.findOpen().stream()
                .filter(incident -> businessKey.equals(incident.businessKey())).toList();
        assertThat(open).hasSize(1);
        return open.getFirst();
    }
}
