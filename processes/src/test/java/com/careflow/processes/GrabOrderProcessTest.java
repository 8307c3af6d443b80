package com.careflow.processes;

import static com.careflow.domain.process.GrabOrderProcess.MESSAGE_ORDER_GRABBED;
import static com.careflow.domain.process.GrabOrderProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ProcessInstanceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** grab-order.bpmn on a real broker: first grab wins, widening, escalation and auto-assignment by the clock. */
class GrabOrderProcessTest {

    @RegisterExtension
    static final ProcessTestBroker broker = new ProcessTestBroker(26910);

    @Test
    void aGrabEndsTheOfferWithTheWinner() {
        Scenario order = broker.scenario("ORD-GRAB-1");
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, variables(order));

        broker.awaitJob(order, "OpenOffer");
        broker.publish(MESSAGE_ORDER_GRABBED, order.orderNumber(), Map.of("providerId", "provider-fast"));

        assertThat(done.join().getVariablesAsMap()).containsEntry("providerId", "provider-fast")
                .containsEntry("offerOutcome", "OPEN");
        assertThat(order.jobs()).containsExactly("assignment.offer");
    }

    @Test
    void anOfferTakenBeforeItOpenedEndsAtOnce() {
        Scenario order = broker.scenario("ORD-GRAB-2")
                .on("OpenOffer", Reply.complete(Map.of("offerWindow", "PT10M", "offerRound", 1,
                        "offerOutcome", "TAKEN", "providerId", "provider-early")));

        Map<String, Object> result = broker.start(PROCESS_ID, variables(order)).join().getVariablesAsMap();

        assertThat(result).containsEntry("providerId", "provider-early");
        assertThat(order.jobs()).containsExactly("assignment.offer");
    }

    @Test
    void noGrabWidensOnceThenAlertsOperationsAndAutoAssignsTheBestRanked() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        broker.pinClock(start);
        Scenario order = broker.scenario("ORD-GRAB-3");
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, variables(order));
        broker.awaitJob(order, "OpenOffer");

        broker.moveClockUntilJob(start.plus(Duration.ofMinutes(11)), order, "ExpireRound", 1);
        broker.moveClockUntilJob(start.plus(Duration.ofMinutes(22)), order, "ExpireRound", 2);

        Map<String, Object> result = done.join().getVariablesAsMap();
        assertThat(result).containsEntry("providerId", "provider-best").containsEntry("assignedBy", "AUTO")
                .containsEntry("offerRound", 2).containsEntry("offerOutcome", "EXHAUSTED");
        assertThat(order.jobs()).containsExactly("assignment.offer", "assignment.expire-round",
                "assignment.expire-round", "notify.operations[nobody-grabbed]", "ai.rank-providers",
                "assignment.auto");
        assertThat(order.last("AutoAssign").variables()).containsKey("rankedProviders");
    }

    @Test
    void aGrabThatWonWhileTheRoundExpiredStands() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        broker.pinClock(start);
        Scenario order = broker.scenario("ORD-GRAB-4")
                .on("ExpireRound", Reply.complete(Map.of("offerOutcome", "TAKEN", "providerId", "provider-late")));
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, variables(order));
        broker.awaitJob(order, "OpenOffer");

        broker.moveClockUntilJob(start.plus(Duration.ofMinutes(11)), order, "ExpireRound", 1);

        assertThat(done.join().getVariablesAsMap()).containsEntry("providerId", "provider-late");
        assertThat(order.jobs()).containsExactly("assignment.offer", "assignment.expire-round");
    }

    @Test
    void nobodyFreeToAutoAssignAlertsOperationsAgainAndEndsWithoutProvider() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        broker.pinClock(start);
        Map<String, Object> none = new HashMap<>();
        none.put("providerId", null);
        none.put("assignedBy", "AUTO");
        Scenario order = broker.scenario("ORD-GRAB-5")
                .on("OpenOffer", Reply.complete(Map.of("offerWindow", "PT5M", "offerRound", 2,
                        "offerOutcome", "OPEN")))
                .on("AutoAssign", Reply.complete(none));
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, variables(order));
        broker.awaitJob(order, "OpenOffer");

        broker.moveClockUntilJob(start.plus(Duration.ofMinutes(6)), order, "ExpireRound", 1);

        Map<String, Object> result = done.join().getVariablesAsMap();
        assertThat(result).containsEntry("providerId", null);
        assertThat(order.jobs()).containsExactly("assignment.offer", "assignment.expire-round",
                "notify.operations[nobody-grabbed]", "ai.rank-providers", "assignment.auto",
                "notify.operations[no-provider]");
    }

    static Map<String, Object> variables(Scenario order) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("orderNumber", order.orderNumber());
        variables.put("amount", 199.0);
        variables.put("customerId", "customer-1");
        variables.put("serviceId", "escort-basic");
        variables.put("category", "ESCORT");
        variables.put("city", "北京");
        variables.put("durationMinutes", 120);
        variables.put("appointmentStart", ProcessTestBroker.iso(Instant.now().plus(Duration.ofDays(2))));
        return variables;
    }
}
