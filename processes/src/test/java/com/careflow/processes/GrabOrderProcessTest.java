package com.careflow.processes;

import static com.careflow.domain.process.GrabOrderProcess.MESSAGE_ORDER_GRABBED;
import static com.careflow.domain.process.GrabOrderProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;

import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.ServiceOrderProcess;

/** grab-order.bpmn: first grab wins, widening, escalation and auto-assignment by the clock. */
class GrabOrderProcessTest extends ProcessTest {

    private Instant now;

    @BeforeEach
    void pinTheClock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        driver.pinClock(now);
    }

    @Test
    void aGrabEndsTheOfferWithTheWinner() {
        Scenario order = driver.scenario("ORD-GRAB-1");
        String id = driver.start(PROCESS_ID, order, variables(order, now));

        driver.send(MESSAGE_ORDER_GRABBED, order.businessKey(), Map.of("providerId", "provider-fast"));

        assertThat(driver.endedAt(id)).isEqualTo("ProviderAssigned");
        assertThat(driver.variables(id)).containsEntry("providerId", "provider-fast")
                .containsEntry("offerOutcome", "OPEN");
        assertThat(order.jobs()).containsExactly("assignment.offer");
        assertThat(driver.passed(order.businessKey())).contains("OrderGrabbed").doesNotContain("ExpireRound");
    }

    @Test
    void anOfferTakenBeforeItOpenedEndsAtOnce() {
        Scenario order = driver.scenario("ORD-GRAB-2")
                .on("OpenOffer", Reply.complete(Map.of("offerWindow", "PT10M", "offerRound", 1,
                        "offerOutcome", "TAKEN", "providerId", "provider-early")));

        String id = driver.start(PROCESS_ID, order, variables(order, now));

        assertThat(driver.endedAt(id)).isEqualTo("ProviderAssigned");
        assertThat(driver.variables(id)).containsEntry("providerId", "provider-early");
        assertThat(order.jobs()).containsExactly("assignment.offer");
        assertThat(driver.passed(order.businessKey())).doesNotContain("AwaitGrab");
    }

    @Test
    void noGrabWidensOnceThenAlertsOperationsAndAutoAssignsTheBestRanked() {
        Scenario order = driver.scenario("ORD-GRAB-3");
        String id = driver.start(PROCESS_ID, order, variables(order, now));

        driver.moveClockTo(now.plus(Duration.ofMinutes(9)));
        assertThat(order.jobs()).as("the 10 min window is still open").containsExactly("assignment.offer");
        driver.moveClockTo(now.plus(Duration.ofMinutes(11)));
        assertThat(order.count("ExpireRound")).isEqualTo(1);
        assertThat(driver.finished(id)).as("widened: a second round is open").isNull();
        driver.moveClockTo(now.plus(Duration.ofMinutes(22)));

        assertThat(driver.endedAt(id)).isEqualTo("ProviderAssigned");
        assertThat(driver.variables(id)).containsEntry("providerId", "provider-best")
                .containsEntry("assignedBy", "AUTO").containsEntry("offerRound", 2)
                .containsEntry("offerOutcome", "EXHAUSTED");
        assertThat(order.jobs()).containsExactly("assignment.offer", "assignment.expire-round",
                "assignment.expire-round", "notify.operations[nobody-grabbed]", "ai.rank-providers",
                "assignment.auto");
        assertThat(order.last("AutoAssign").variables()).containsKey("rankedProviders");
    }

    @Test
    void aGrabThatWonWhileTheRoundExpiredStands() {
        Scenario order = driver.scenario("ORD-GRAB-4")
                .on("ExpireRound", Reply.complete(Map.of("offerOutcome", "TAKEN", "providerId", "provider-late")));
        String id = driver.start(PROCESS_ID, order, variables(order, now));

        driver.moveClockTo(now.plus(Duration.ofMinutes(11)));

        assertThat(driver.endedAt(id)).isEqualTo("ProviderAssigned");
        assertThat(driver.variables(id)).containsEntry("providerId", "provider-late");
        assertThat(order.jobs()).containsExactly("assignment.offer", "assignment.expire-round");
    }

    @Test
    void nobodyFreeToAutoAssignAlertsOperationsAgainAndEndsWithoutProvider() {
        Map<String, Object> none = new HashMap<>();
        none.put("providerId", null);
        none.put("assignedBy", "AUTO");
        Scenario order = driver.scenario("ORD-GRAB-5")
                .on("OpenOffer", Reply.complete(Map.of("offerWindow", "PT5M", "offerRound", 2,
                        "offerOutcome", "OPEN")))
                .on("AutoAssign", Reply.complete(none));
        String id = driver.start(PROCESS_ID, order, variables(order, now));

        driver.moveClockTo(now.plus(Duration.ofMinutes(6)));

        assertThat(driver.endedAt(id)).isEqualTo("NoProvider");
        assertThat(driver.variables(id)).containsEntry("providerId", null);
        assertThat(order.jobs()).containsExactly("assignment.offer", "assignment.expire-round",
                "notify.operations[nobody-grabbed]", "ai.rank-providers", "assignment.auto",
                "notify.operations[no-provider]");
    }

    /** What a paid order carries (OrderPlaced and the appointment's dates), its appointment at {@code start}. */
    static Map<String, Object> variables(Scenario order, Instant start) {
        Map<String, Object> variables = new HashMap<>(AppointmentProcess.timesOf(start));
        variables.put("orderNumber", order.businessKey());
        variables.put("amount", 199.0);
        variables.put("customerId", "customer-1");
        variables.put("serviceId", "escort-basic");
        variables.put("category", "ESCORT");
        variables.put("city", "北京");
        variables.put("durationMinutes", 120);
        // placed now (the pinned engine clock): payable for 30 minutes
        variables.putAll(ServiceOrderProcess.paymentDeadline(
                ClockUtil.getCurrentTime().toInstant().plus(ServiceOrder.PAYMENT_WINDOW)));
        return variables;
    }
}
