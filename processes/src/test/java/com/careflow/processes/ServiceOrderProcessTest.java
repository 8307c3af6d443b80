package com.careflow.processes;

import static com.careflow.domain.process.AppointmentProcess.MESSAGE_PROVIDER_CHECKED_IN;
import static com.careflow.domain.process.GrabOrderProcess.MESSAGE_ORDER_GRABBED;
import static com.careflow.domain.process.ServiceOrderProcess.ERROR_PAYMENT_GATEWAY_UNAVAILABLE;
import static com.careflow.domain.process.ServiceOrderProcess.ERROR_SERVICE_NOT_STARTED;
import static com.careflow.domain.process.ServiceOrderProcess.ERROR_SLOT_UNAVAILABLE;
import static com.careflow.domain.process.ServiceOrderProcess.MESSAGE_CANCEL_REQUESTED;
import static com.careflow.domain.process.ServiceOrderProcess.MESSAGE_COMPLAINT_DECIDED;
import static com.careflow.domain.process.ServiceOrderProcess.MESSAGE_COMPLAINT_FILED;
import static com.careflow.domain.process.ServiceOrderProcess.MESSAGE_PAYMENT_SUBMITTED;
import static com.careflow.domain.process.ServiceOrderProcess.MESSAGE_SERVICE_COMPLETED;
import static com.careflow.domain.process.ServiceOrderProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.GrabOrderProcess;

/**
 * service-order.bpmn (calling grab-order and appointment): every way an order ends, with the saga's compensation
 * (slot release, payment refund, both external tasks) where the design wants it.
 */
class ServiceOrderProcessTest extends ProcessTest {

    private static final List<String> PAID_AND_CONFIRMED = List.of("slot.reserve", "payment.charge",
            "assignment.offer", "order.confirm", "notify.customer[order-confirmed]");
    private static final List<String> SERVED = List.of("order.start", "order.complete",
            "notify.customer[order-completed]");
    private static final List<String> REFUND_AND_RELEASE = List.of("payment.refund", "slot.release");

    private Instant now;
    private Instant appointment;

    /** The engine clock stands still at "now"; the appointment is in 30 minutes, so no reminder is due. */
    @BeforeEach
    void pinTheClock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        appointment = now.plus(Duration.ofMinutes(30));
        driver.pinClock(now);
    }

    @Test
    void aServedOrderCompletesAndClosesAfterTheSevenDayComplaintWindow() {
        Scenario order = driver.scenario("ORD-SO-HAPPY");
        String id = start(order);

        serve(order);
        driver.moveClockTo(now.plus(Duration.ofDays(7)).minus(Duration.ofMinutes(1)));
        assertThat(driver.finished(id)).as("the complaint window is still open").isNull();
        driver.moveClockTo(now.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)));

        assertThat(driver.endedAt(id)).isEqualTo("Closed");
        assertThat(driver.variables(id)).containsEntry("providerId", "provider-1")
                .containsEntry("paymentApproved", true).containsEntry("checkedIn", true)
                .containsEntry("cardLast4", "4242").doesNotContainKey("complaintApproved");
        assertThat(order.jobs()).containsExactlyElementsOf(concat(PAID_AND_CONFIRMED, SERVED));
        assertThat(order.last("OpenOffer").processId()).isEqualTo(GrabOrderProcess.PROCESS_ID);
        assertThat(order.last("SendConfirmation").header("template")).isEqualTo("order-confirmed");
        assertThat(driver.passed(order.businessKey())).contains("AssignProvider", "ProviderAssigned",
                "Appointment", "CheckedIn", "ServiceDue", "ComplaintWindowElapsed")
                .doesNotContain("ReleaseSlot", "RefundPayment");
    }

    @Test
    void aDeclinedCardGoesBackToAwaitPaymentAndASecondCardPays() {
        Scenario order = driver.scenario("ORD-SO-DECLINED").on("ChargePayment", Reply.complete(Map.of(
                "paymentApproved", false, "paymentId", "PAY-9", "declineReason", "Insufficient funds")),
                Reply.asUsual());
        String id = start(order);

        pay(order, "0002", 1);
        assertThat(driver.finished(id)).as("a decline is no dead end").isNull();
        assertThat(driver.waitsAt(id)).containsExactly("AwaitPayment");
        pay(order, "4242", 2);

        assertThat(order.jobs()).containsExactly("slot.reserve", "payment.charge", "payment.charge",
                "assignment.offer");
        assertThat(order.last("ChargePayment").variables()).containsEntry("paymentAttempt", 2)
                .containsEntry("cardLast4", "4242");
        assertThat(driver.variables(id)).containsEntry("paymentApproved", true);
        assertThat(driver.passed(order.businessKey())).containsSubsequence("ChargePayment", "PaymentApproved",
                "AwaitPayment", "PaymentSubmitted", "ChargePayment", "PaymentApproved", "BeforeServiceStarts")
                .doesNotContain("ReleaseSlot", "CancelOrder", "RefundPayment");
    }

    /**
     * Compensation undoes every completed charge, the declined one too: its refund task finds nothing charged for it
     * (the payment worker refunds the order's one approved charge once, by key), and the slot is released once.
     */
    @Test
    void cancellingAfterADeclineAndAPaymentRefundsThroughEveryChargeAndReleasesOnce() {
        Scenario order = driver.scenario("ORD-SO-DECLINED-CANCEL").on("ChargePayment", Reply.complete(Map.of(
                "paymentApproved", false, "paymentId", "PAY-7", "declineReason", "Card declined")),
                Reply.asUsual());
        String id = start(order);
        pay(order, "0002", 1);
        pay(order, "4242", 2);

        driver.send(MESSAGE_CANCEL_REQUESTED, order.businessKey(), Map.of("cancelledBy", "customer-1"));

        assertThat(driver.endedAt(id)).isEqualTo("CancelledByCustomer");
        assertThat(order.jobs()).filteredOn("payment.refund"::equals).hasSize(2);
        assertThat(order.jobs()).filteredOn("slot.release"::equals).hasSize(1);
    }

    @Test
    void theDeadlineRunsFromPlacementAndIsNotRestartedByADecline() {
        Scenario order = driver.scenario("ORD-SO-DECLINED-LATE").on("ChargePayment", Reply.complete(Map.of(
                "paymentApproved", false, "paymentId", "PAY-8", "declineReason", "Card declined")));
        String id = start(order);

        driver.moveClockTo(now.plus(Duration.ofMinutes(25)));
        pay(order, "0002", 1);
        driver.moveClockTo(now.plus(Duration.ofMinutes(29)));
        assertThat(driver.finished(id)).isNull();
        driver.moveClockTo(now.plus(Duration.ofMinutes(31)));

        assertThat(driver.endedAt(id)).as("30 minutes after placement, not after the decline")
                .isEqualTo("CancelledUnpaid");
        assertThat(order.jobs()).containsExactly("slot.reserve", "payment.charge", "slot.release",
                "order.cancel[payment-timeout]", "notify.customer[order-cancelled]");
        assertThat(driver.passed(order.businessKey())).doesNotContain("RefundPayment");
    }

    @Test
    void aGatewayThatRecoversWithinTheRetriesPaysTheOrder() {
        Scenario order = driver.scenario("ORD-SO-FLAKY").on("ChargePayment", Reply.failure("gateway down", 2),
                Reply.failure("gateway down", 1), Reply.asUsual());
        String id = start(order);

        pay(order, "4242", 1);

        assertThat(order.jobs()).containsExactly("slot.reserve", "payment.charge", "payment.charge",
                "payment.charge", "assignment.offer");
        assertThat(driver.variables(id)).containsEntry("paymentApproved", true);
        assertThat(driver.passed(order.businessKey())).doesNotContain("GatewayUnavailable");
    }

    @Test
    void aGatewayDownThroughEveryRetryAlertsOperationsAndTheCustomerPaysAgain() {
        Scenario order = driver.scenario("ORD-SO-OUTAGE").on("ChargePayment",
                Reply.error(ERROR_PAYMENT_GATEWAY_UNAVAILABLE), Reply.asUsual());
        String id = start(order);

        pay(order, "0119", 1);
        assertThat(ENGINE.getRuntimeService().createIncidentQuery().count()).as("no incident holds the order")
                .isZero();
        assertThat(driver.waitsAt(id)).containsExactly("AwaitPayment");
        pay(order, "4242", 2);

        assertThat(order.jobs()).containsExactly("slot.reserve", "payment.charge", "order.payment-failed",
                "notify.operations[payment-gateway-down]", "payment.charge", "assignment.offer");
        assertThat(order.last("RecordPaymentFailure").variables()).containsEntry("paymentAttempt", 1);
        assertThat(driver.passed(order.businessKey())).containsSubsequence("ChargePayment", "GatewayUnavailable",
                "RecordPaymentFailure", "AlertGatewayDown", "AwaitPayment", "PaymentSubmitted", "ChargePayment",
                "BeforeServiceStarts");
    }

    @Test
    void aCompletionBeforeTheStartIsRefusedAndTheOrderWaitsForTheRealOne() {
        Scenario order = driver.scenario("ORD-SO-EARLY").on("CompleteOrder",
                Reply.error(ERROR_SERVICE_NOT_STARTED), Reply.asUsual());
        String id = start(order);
        pay(order);
        grab(order, "provider-1");
        driver.send(MESSAGE_PROVIDER_CHECKED_IN, order.businessKey(), Map.of("checkedIn", true));

        driver.send(MESSAGE_SERVICE_COMPLETED, order.businessKey());
        assertThat(driver.waitsAt(id)).containsExactly("ServiceCompleted");
        assertThat(order.jobs()).doesNotContain("notify.customer[order-completed]");
        driver.send(MESSAGE_SERVICE_COMPLETED, order.businessKey());

        assertThat(order.count("CompleteOrder")).isEqualTo(2);
        assertThat(order.jobs()).endsWith("order.complete", "order.complete", "notify.customer[order-completed]");
        assertThat(driver.passed(order.businessKey())).containsSubsequence("ServiceCompleted", "CompleteOrder",
                "CompletedTooEarly", "ServiceCompleted", "CompleteOrder", "SendCompleted", "AwaitComplaint");
    }

    @Test
    void thirtyMinutesWithoutPaymentReleaseTheSlotAndCancel() {
        Scenario order = driver.scenario("ORD-SO-UNPAID");
        String id = start(order);

        driver.moveClockTo(now.plus(Duration.ofMinutes(29)));
        assertThat(order.jobs()).containsExactly("slot.reserve");
        driver.moveClockTo(now.plus(Duration.ofMinutes(31)));

        assertThat(driver.endedAt(id)).isEqualTo("CancelledUnpaid");
        assertThat(order.jobs()).containsExactly("slot.reserve", "slot.release", "order.cancel[payment-timeout]",
                "notify.customer[order-cancelled]");
    }

    @Test
    void aSlotTakenMeanwhileCancelsWithNothingToUndo() {
        Scenario order = driver.scenario("ORD-SO-SLOT").on("ReserveSlot", Reply.error(ERROR_SLOT_UNAVAILABLE));

        String id = start(order);

        assertThat(driver.endedAt(id)).isEqualTo("CancelledSlotTaken");
        assertThat(order.jobs()).containsExactly("slot.reserve", "order.cancel[slot-unavailable]",
                "notify.customer[order-cancelled]");
        assertThat(driver.passed(order.businessKey())).contains("SlotTaken").doesNotContain("ReleaseSlot");
    }

    @Test
    void aCustomerCancellingWhileTheOfferIsOpenGetsRefundedAndTheSlotIsReleased() {
        Scenario order = driver.scenario("ORD-SO-CANCEL");
        String id = start(order);
        pay(order);

        driver.send(MESSAGE_CANCEL_REQUESTED, order.businessKey(), Map.of("cancelledBy", "customer-1"));

        assertThat(driver.endedAt(id)).isEqualTo("CancelledByCustomer");
        assertThat(driver.variables(id)).containsEntry("cancelledBy", "customer-1");
        List<String> jobs = order.jobs();
        assertThat(jobs.subList(0, 4)).containsExactly("slot.reserve", "payment.charge", "assignment.offer",
                "assignment.withdraw");
        assertThat(jobs.subList(4, 6)).as("compensation: both handlers, in no particular order")
                .containsExactlyInAnyOrderElementsOf(REFUND_AND_RELEASE);
        assertThat(jobs.subList(6, jobs.size())).containsExactly("order.cancel[customer-cancelled]",
                "notify.customer[order-cancelled]");
        assertThat(driver.instancesOf(GrabOrderProcess.PROCESS_ID, order.businessKey()))
                .singleElement().satisfies(grab -> assertThat(grab.getEndTime()).as("offer ended").isNotNull())
                .satisfies(grab -> assertThat(grab.getEndActivityId()).as("not assigned").isNull());
    }

    @Test
    void aProviderNoShowIsReplacedOnceAndASecondNoShowCancelsWithARefund() {
        Instant replacementStart = appointment.plus(Duration.ofHours(2));
        Map<String, Object> replaced = new HashMap<>(AppointmentProcess.timesOf(replacementStart));
        replaced.put("replacementFound", true);
        replaced.put("providerId", "provider-2");
        Scenario order = driver.scenario("ORD-SO-NOSHOW").on("ReplaceProvider", Reply.complete(replaced),
                Reply.complete("replacementFound", false));
        String id = start(order);
        pay(order);
        grab(order, "provider-1");

        driver.moveClockTo(appointment.plus(Duration.ofMinutes(16)));
        assertThat(order.count("ReplaceProvider")).isEqualTo(1);
        driver.moveClockTo(replacementStart.minus(Duration.ofMinutes(59)));
        assertThat(order.count("Remind1h")).as("the replacement's 1 h reminder").isEqualTo(1);
        driver.moveClockTo(replacementStart.plus(Duration.ofMinutes(16)));

        assertThat(driver.endedAt(id)).isEqualTo("CancelledUnserved");
        assertThat(driver.variables(id)).containsEntry("checkedIn", false)
                .containsEntry("replacementFound", false).containsEntry("providerId", "provider-2");
        List<String> jobs = order.jobs();
        assertThat(jobs.subList(0, 11)).containsExactlyElementsOf(concat(PAID_AND_CONFIRMED, List.of(
                "appointment.no-show", "assignment.replace", "notify.customer[provider-replaced]",
                "notify.customer[appointment-reminder]", "appointment.no-show", "assignment.replace")));
        assertThat(jobs.subList(11, 13)).containsExactlyInAnyOrderElementsOf(REFUND_AND_RELEASE);
        assertThat(jobs.subList(13, jobs.size())).containsExactly("order.cancel[not-served]",
                "notify.customer[order-cancelled]");
        assertThat(order.last("Remind1h").variables()).containsEntry("appointmentStart",
                replacementStart.toString());
        assertThat(driver.instancesOf(AppointmentProcess.PROCESS_ID, order.businessKey())).hasSize(2);
    }

    @Test
    void withNoProviderAtAllTheOrderIsCancelledWithARefund() {
        Map<String, Object> none = new HashMap<>();
        none.put("providerId", null);
        none.put("assignedBy", "AUTO");
        Scenario order = driver.scenario("ORD-SO-NOPROVIDER")
                .on("OpenOffer", Reply.complete(Map.of("offerWindow", "PT5M", "offerRound", 2,
                        "offerOutcome", "OPEN")))
                .on("AutoAssign", Reply.complete(none));
        String id = start(order);
        pay(order);

        driver.moveClockTo(now.plus(Duration.ofMinutes(6)));

        assertThat(driver.endedAt(id)).isEqualTo("CancelledUnserved");
        List<String> jobs = order.jobs();
        assertThat(jobs.subList(0, 8)).containsExactly("slot.reserve", "payment.charge", "assignment.offer",
                "assignment.expire-round", "notify.operations[nobody-grabbed]", "ai.rank-providers",
                "assignment.auto", "notify.operations[no-provider]");
        assertThat(jobs.subList(8, 10)).containsExactlyInAnyOrderElementsOf(REFUND_AND_RELEASE);
        assertThat(jobs.subList(10, jobs.size())).containsExactly("order.cancel[not-served]",
                "notify.customer[order-cancelled]");
        assertThat(driver.passed(order.businessKey())).contains("NoProviderFound").doesNotContain("Appointment");
    }

    @Test
    void anApprovedComplaintRefundsThePaymentButKeepsTheServedSlot() {
        Scenario order = driver.scenario("ORD-SO-COMPLAINT");
        String id = start(order);
        serve(order);

        driver.send(MESSAGE_COMPLAINT_FILED, order.businessKey());
        driver.send(MESSAGE_COMPLAINT_DECIDED, order.businessKey(), Map.of("complaintApproved", true));

        assertThat(driver.endedAt(id)).isEqualTo("OrderRefunded");
        assertThat(driver.variables(id)).containsEntry("complaintApproved", true);
        assertThat(order.jobs()).containsExactlyElementsOf(concat(PAID_AND_CONFIRMED, SERVED,
                List.of("payment.refund", "order.refund", "notify.customer[order-refunded]")));
    }

    @Test
    void aRejectedComplaintOnlyTellsTheCustomer() {
        Scenario order = driver.scenario("ORD-SO-REJECTED");
        String id = start(order);
        serve(order);

        driver.send(MESSAGE_COMPLAINT_FILED, order.businessKey());
        driver.send(MESSAGE_COMPLAINT_DECIDED, order.businessKey(), Map.of("complaintApproved", false));

        assertThat(driver.endedAt(id)).isEqualTo("ComplaintRejected");
        assertThat(driver.variables(id)).containsEntry("complaintApproved", false);
        assertThat(order.jobs()).containsExactlyElementsOf(concat(PAID_AND_CONFIRMED, SERVED,
                List.of("notify.customer[complaint-rejected]")));
    }

    private String start(Scenario order) {
        return driver.start(PROCESS_ID, order, GrabOrderProcessTest.variables(order, appointment));
    }

    private void pay(Scenario order) {
        pay(order, "4242", 1);
    }

    private void pay(Scenario order, String cardLast4, int attempt) {
        driver.send(MESSAGE_PAYMENT_SUBMITTED, order.businessKey(), Map.of("cardLast4", cardLast4,
                "cardBrand", "VISA", "paymentAttempt", attempt));
    }

    private void grab(Scenario order, String providerId) {
        driver.send(MESSAGE_ORDER_GRABBED, order.businessKey(), Map.of("providerId", providerId));
    }

    /** Paid, grabbed, checked in, started, completed: up to the complaint window. */
    private void serve(Scenario order) {
        pay(order);
        grab(order, "provider-1");
        driver.send(MESSAGE_PROVIDER_CHECKED_IN, order.businessKey(), Map.of("checkedIn", true));
        driver.send(MESSAGE_SERVICE_COMPLETED, order.businessKey());
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
