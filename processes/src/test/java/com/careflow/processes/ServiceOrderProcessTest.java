package com.careflow.processes;

import static com.careflow.domain.process.AppointmentProcess.MESSAGE_PROVIDER_CHECKED_IN;
import static com.careflow.domain.process.GrabOrderProcess.MESSAGE_ORDER_GRABBED;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ProcessInstanceResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * service-order.bpmn (calling grab-order and appointment) on a real broker: every way an order ends, with the saga's
 * compensation (slot release, payment refund) where the design wants it.
 */
class ServiceOrderProcessTest {

    @RegisterExtension
    static final ProcessTestBroker broker = new ProcessTestBroker(26930);

    private static final List<String> PAID_AND_CONFIRMED = List.of("slot.reserve", "payment.charge",
            "assignment.offer", "order.confirm", "notify.customer[order-confirmed]");
    private static final List<String> SERVED = List.of("order.start", "order.complete",
            "notify.customer[order-completed]");

    private Instant now;
    private Instant appointment;

    /** The engine clock stands still at "now"; the appointment is in 30 minutes, so no reminder is due. */
    @BeforeEach
    void pinTheClock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        appointment = now.plus(Duration.ofMinutes(30));
        broker.pinClock(now);
    }

    @Test
    void aServedOrderCompletesAndClosesAfterTheSevenDayComplaintWindow() {
        Scenario order = broker.scenario("ORD-SO-HAPPY");
        CamundaFuture<ProcessInstanceResult> done = start(order);

        serve(order);
        broker.moveClockUntilDone(now.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)), done);

        assertThat(done.join().getVariablesAsMap()).containsEntry("providerId", "provider-1")
                .containsEntry("paymentApproved", true).containsEntry("checkedIn", true)
                .containsEntry("cardLast4", "4242").doesNotContainKey("complaintApproved");
        assertThat(order.jobs()).containsExactlyElementsOf(concat(PAID_AND_CONFIRMED, SERVED));
        assertThat(order.last("OpenOffer").processId()).isEqualTo("grab-order");
    }

    @Test
    void aDeclinedPaymentReleasesTheSlotAndCancelsWithTheDeclineReason() {
        Scenario order = broker.scenario("ORD-SO-DECLINED").on("ChargePayment", Reply.complete(Map.of(
                "paymentApproved", false, "paymentId", "PAY-9", "declineReason", "Insufficient funds")));
        CamundaFuture<ProcessInstanceResult> done = start(order);

        pay(order);

        done.join();
        assertThat(order.jobs()).containsExactly("slot.reserve", "payment.charge", "slot.release", "order.cancel",
                "notify.customer[order-cancelled]");
        assertThat(order.last("CancelOrder").variables()).containsEntry("declineReason", "Insufficient funds");
        assertThat(order.last("CancelOrder").headers()).doesNotContainKey("reason");
    }

    @Test
    void thirtyMinutesWithoutPaymentReleaseTheSlotAndCancel() {
        Scenario order = broker.scenario("ORD-SO-UNPAID");
        CamundaFuture<ProcessInstanceResult> done = start(order);
        broker.awaitJob(order, "ReserveSlot");

        broker.moveClockUntilJob(now.plus(Duration.ofMinutes(31)), order, "TellUnpaid", 1);

        done.join();
        assertThat(order.jobs()).containsExactly("slot.reserve", "slot.release", "order.cancel[payment-timeout]",
                "notify.customer[order-cancelled]");
    }

    @Test
    void aSlotTakenMeanwhileCancelsWithNothingToUndo() {
        Scenario order = broker.scenario("ORD-SO-SLOT").on("ReserveSlot", Reply.error(ERROR_SLOT_UNAVAILABLE));

        start(order).join();

        assertThat(order.jobs()).containsExactly("slot.reserve", "order.cancel[slot-unavailable]",
                "notify.customer[order-cancelled]");
    }

    @Test
    void aCustomerCancellingWhileTheOfferIsOpenGetsRefundedAndTheSlotIsReleased() {
        Scenario order = broker.scenario("ORD-SO-CANCEL");
        CamundaFuture<ProcessInstanceResult> done = start(order);
        pay(order);
        broker.awaitJob(order, "OpenOffer");

        broker.publish(MESSAGE_CANCEL_REQUESTED, order.orderNumber(), Map.of("cancelledBy", "customer-1"));

        assertThat(done.join().getVariablesAsMap()).containsEntry("cancelledBy", "customer-1");
        List<String> jobs = order.jobs();
        assertThat(jobs.subList(0, 4)).containsExactly("slot.reserve", "payment.charge", "assignment.offer",
                "assignment.withdraw");
        assertThat(jobs.subList(4, 6)).as("compensation: both handlers at once, in no order")
                .containsExactlyInAnyOrder("payment.refund", "slot.release");
        assertThat(jobs.subList(6, jobs.size())).containsExactly("order.cancel[customer-cancelled]",
                "notify.customer[order-cancelled]");
    }

    @Test
    void aProviderNoShowIsReplacedOnceAndASecondNoShowCancelsWithARefund() {
        Instant replacementStart = appointment.plus(Duration.ofHours(2));
        Scenario order = broker.scenario("ORD-SO-NOSHOW").on("ReplaceProvider",
                Reply.complete(Map.of("replacementFound", true, "providerId", "provider-2",
                        "appointmentStart", ProcessTestBroker.iso(replacementStart))),
                Reply.complete("replacementFound", false));
        CamundaFuture<ProcessInstanceResult> done = start(order);
        pay(order);
        grab(order, "provider-1");
        broker.awaitJob(order, "SendConfirmation");

        broker.moveClockUntilJob(appointment.plus(Duration.ofMinutes(16)), order, "ReplaceProvider", 1);
        // first to the replacement's 1 h reminder: its check-in deadline timer must exist before the clock passes it
        broker.moveClockUntilJob(replacementStart.minus(Duration.ofMinutes(59)), order, "Remind1h", 1);
        broker.moveClockUntilJob(replacementStart.plus(Duration.ofMinutes(16)), order, "ReplaceProvider", 2);

        assertThat(done.join().getVariablesAsMap()).containsEntry("checkedIn", false)
                .containsEntry("replacementFound", false).containsEntry("providerId", "provider-2");
        List<String> jobs = order.jobs();
        assertThat(jobs.subList(0, 11)).containsExactlyElementsOf(concat(PAID_AND_CONFIRMED, List.of(
                "appointment.no-show", "assignment.replace", "notify.customer[provider-replaced]",
                "notify.customer[appointment-reminder]", "appointment.no-show", "assignment.replace")));
        assertThat(jobs.subList(11, 13)).containsExactlyInAnyOrder("payment.refund", "slot.release");
        assertThat(jobs.subList(13, jobs.size())).containsExactly("order.cancel[not-served]",
                "notify.customer[order-cancelled]");
        assertThat(order.last("Remind1h").variables()).containsEntry("appointmentStart",
                ProcessTestBroker.iso(replacementStart));
    }

    @Test
    void withNoProviderAtAllTheOrderIsCancelledWithARefund() {
        Map<String, Object> none = new HashMap<>();
        none.put("providerId", null);
        none.put("assignedBy", "AUTO");
        Scenario order = broker.scenario("ORD-SO-NOPROVIDER")
                .on("OpenOffer", Reply.complete(Map.of("offerWindow", "PT5M", "offerRound", 2,
                        "offerOutcome", "OPEN")))
                .on("AutoAssign", Reply.complete(none));
        CamundaFuture<ProcessInstanceResult> done = start(order);
        pay(order);
        broker.awaitJob(order, "OpenOffer");

        broker.moveClockUntilJob(now.plus(Duration.ofMinutes(6)), order, "TellUnserved", 1);

        done.join();
        List<String> jobs = order.jobs();
        assertThat(jobs.subList(0, 7)).containsExactly("slot.reserve", "payment.charge", "assignment.offer",
                "assignment.expire-round", "notify.operations[nobody-grabbed]", "ai.rank-providers",
                "assignment.auto");
        assertThat(jobs.subList(7, 8)).containsExactly("notify.operations[no-provider]");
        assertThat(jobs.subList(8, 10)).containsExactlyInAnyOrder("payment.refund", "slot.release");
        assertThat(jobs.subList(10, jobs.size())).containsExactly("order.cancel[not-served]",
                "notify.customer[order-cancelled]");
    }

    @Test
    void anApprovedComplaintRefundsThePaymentButKeepsTheServedSlot() {
        Scenario order = broker.scenario("ORD-SO-COMPLAINT");
        CamundaFuture<ProcessInstanceResult> done = start(order);
        serve(order);

        broker.publish(MESSAGE_COMPLAINT_FILED, order.orderNumber());
        broker.publish(MESSAGE_COMPLAINT_DECIDED, order.orderNumber(), Map.of("complaintApproved", true));

        assertThat(done.join().getVariablesAsMap()).containsEntry("complaintApproved", true);
        assertThat(order.jobs()).containsExactlyElementsOf(concat(PAID_AND_CONFIRMED, SERVED,
                List.of("payment.refund", "order.refund", "notify.customer[order-refunded]")));
    }

    @Test
    void aRejectedComplaintOnlyTellsTheCustomer() {
        Scenario order = broker.scenario("ORD-SO-REJECTED");
        CamundaFuture<ProcessInstanceResult> done = start(order);
        serve(order);

        broker.publish(MESSAGE_COMPLAINT_FILED, order.orderNumber());
        broker.publish(MESSAGE_COMPLAINT_DECIDED, order.orderNumber(), Map.of("complaintApproved", false));

        assertThat(done.join().getVariablesAsMap()).containsEntry("complaintApproved", false);
        assertThat(order.jobs()).containsExactlyElementsOf(concat(PAID_AND_CONFIRMED, SERVED,
                List.of("notify.customer[complaint-rejected]")));
    }

    private CamundaFuture<ProcessInstanceResult> start(Scenario order) {
        return broker.start(PROCESS_ID, AppointmentProcessTest.variables(order, appointment));
    }

    private static void pay(Scenario order) {
        broker.awaitJob(order, "ReserveSlot");
        broker.publish(MESSAGE_PAYMENT_SUBMITTED, order.orderNumber(), Map.of("cardLast4", "4242",
                "cardBrand", "VISA"));
    }

    private static void grab(Scenario order, String providerId) {
        broker.awaitJob(order, "OpenOffer");
        broker.publish(MESSAGE_ORDER_GRABBED, order.orderNumber(), Map.of("providerId", providerId));
    }

    /** Paid, grabbed, checked in, started, completed: up to the complaint window. */
    private static void serve(Scenario order) {
        pay(order);
        grab(order, "provider-1");
        broker.awaitJob(order, "SendConfirmation");
        broker.publish(MESSAGE_PROVIDER_CHECKED_IN, order.orderNumber(), Map.of("checkedIn", true));
        broker.awaitJob(order, "StartService");
        broker.publish(MESSAGE_SERVICE_COMPLETED, order.orderNumber());
        broker.awaitJob(order, "SendCompleted");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
