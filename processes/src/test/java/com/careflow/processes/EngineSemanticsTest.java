package com.careflow.processes;

import static com.careflow.domain.process.GrabOrderProcess.MESSAGE_ORDER_GRABBED;
import static com.careflow.domain.process.ServiceOrderProcess.MESSAGE_PAYMENT_SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.engine.variable.value.ObjectValue;

import com.careflow.domain.process.ServiceOrderProcess;

/**
 * Engine behaviour the platform's adapters are built around: messages are not buffered,
 * a failure without retries left is an incident until someone grants retries, object variables do not reach workers.
 */
class EngineSemanticsTest extends ProcessTest {

    private Instant now;

    @BeforeEach
    void pinTheClock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        driver.pinClock(now);
    }

    /** The engine does not keep a message for later; the sender has to keep and retry it. */
    @Test
    void aMessageSentBeforeTheInstanceWaitsIsRefusedAndNotBuffered() {
        Scenario order = driver.scenario("ORD-EARLY");
        startOrder(order);

        assertThatThrownBy(() -> driver.send(MESSAGE_ORDER_GRABBED, order.businessKey(),
                Map.of("providerId", "provider-early")))
                .as("nothing waits for order-grabbed before the order is paid")
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        driver.send(MESSAGE_PAYMENT_SUBMITTED, order.businessKey(), Map.of("cardLast4", "4242"));

        assertThat(order.jobs()).as("the offer waits for a grab: the early message is gone")
                .containsExactly("slot.reserve", "payment.charge", "assignment.offer");
        assertThat(ENGINE.getRuntimeService().createEventSubscriptionQuery().eventName(MESSAGE_ORDER_GRABBED)
                .count()).isEqualTo(1);
        assertThat(driver.passed(order.businessKey())).doesNotContain("OrderGrabbed");
    }

    /**
     * The certify worker's renewal goes to whichever instance waits, or to none: asking for all waiting instances
     * answers "none" with an empty result instead of a failed correlation (which the engine logs as an error).
     */
    @Test
    void aMessageForAllWaitingInstancesReachesNoneWithoutFailing() {
        assertThat(ENGINE.getRuntimeService().createMessageCorrelation(
                        com.careflow.domain.process.CertificationProcess.MESSAGE_RENEWED)
                .processInstanceVariableEquals(com.careflow.domain.process.CertificationProcess.VAR_RENEWAL_KEY,
                        "nobody:COMPANION_ESCORT")
                .correlateAllWithResult()).isEmpty();
    }

    @Test
    void aFailureWithoutRetriesIsAnIncidentUntilRetriesAreGranted() {
        Scenario order = driver.scenario("ORD-FAILING")
                .on("ChargePayment", Reply.failure("gateway down", 0), Reply.asUsual());
        startOrder(order);
        driver.send(MESSAGE_PAYMENT_SUBMITTED, order.businessKey(), Map.of("cardLast4", "4242"));

        List<Incident> incidents = ENGINE.getRuntimeService().createIncidentQuery().list();
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo("ChargePayment");
            assertThat(incident.getIncidentMessage()).isEqualTo("gateway down");
        });
        ENGINE.getExternalTaskService().setRetries(incidents.get(0).getConfiguration(), 1);
        driver.settle();

        assertThat(ENGINE.getRuntimeService().createIncidentQuery().count()).isZero();
        assertThat(order.jobs()).containsExactly("slot.reserve", "payment.charge", "payment.charge",
                "assignment.offer");
    }

    /**
     * An object set through the Java API (a list, a record) is stored Java-serialized, and a worker fetching the task
     * gets only those bytes, not a value: lists and records must travel as JSON text (the worker API does so).
     */
    @Test
    void anObjectVariableReachesAWorkerOnlyAsSerializedJava() {
        Scenario order = driver.scenario("ORD-LIST");
        startOrder(order);

        ENGINE.getRuntimeService().createMessageCorrelation(MESSAGE_PAYMENT_SUBMITTED)
                .processInstanceBusinessKey(order.businessKey()).setVariable("cards", List.of("4242")).correlate();

        LockedExternalTask charge = ENGINE.getExternalTaskService().fetchAndLock(1, "worker")
                .topic(ServiceOrderProcess.JOB_CHARGE_PAYMENT, 1000).execute().get(0);
        ObjectValue cards = charge.getVariables().getValueTyped("cards");
        assertThat(cards.isDeserialized()).isFalse();
        assertThat(cards.getSerializationDataFormat()).isEqualTo("application/x-java-serialized-object");
    }

    /** An order due in an hour, waiting for its payment. */
    private void startOrder(Scenario order) {
        driver.start(ServiceOrderProcess.PROCESS_ID, order,
                GrabOrderProcessTest.variables(order, now.plus(Duration.ofHours(1))));
    }
}
