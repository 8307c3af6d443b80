package com.careflow.portal.order;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.engine.Workflows;
import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.TaskVariables;

/**
 * {@link OrderProcess} on the engine's {@link Workflows} port. Instances carry the order number as business key, and
 * messages are correlated by it. Every message has a message id and a time to live: {@code Workflows} keeps a
 * message nobody waits for yet until then, and ignores a second one with the same id meanwhile, which turns a
 * double submit into a no-op.
 */
@Component
class EngineOrderProcess implements OrderProcess {

    /** A payment the instance does not pick up within an hour is stale; the customer can pay again after that. */
    static final Duration PAYMENT_MESSAGE_TTL = Duration.ofHours(1);
    /** The grab-order instance waits for the grab; if it is between rounds, the next round's wait picks it up. */
    static final Duration GRAB_MESSAGE_TTL = Duration.ofMinutes(10);
    /**
     * Customer and provider actions: the instance may be a step before the catch event (a worker still busy), so
     * the message waits a while; after that the action is stale and can be repeated.
     */
    static final Duration ACTION_MESSAGE_TTL = Duration.ofMinutes(10);

    private final Workflows workflows;
    private final Clock clock;

    EngineOrderProcess(Workflows workflows, Clock clock) {
        this.workflows = workflows;
        this.clock = clock;
    }

    @Override
    public String start(OrderPlaced placed) {
        // the appointment's timers wait for dates derived from its start; the placed text keeps its offset
        Map<String, Object> variables = new HashMap<>(times(placed.appointmentStart()));
        variables.putAll(TaskVariables.write(placed));
        return workflows.start(ServiceOrderProcess.PROCESS_ID, placed.orderNumber(), variables);
    }

    @Override
    public void submitPayment(String orderNumber, PaymentSubmitted payment) {
        send(ServiceOrderProcess.MESSAGE_PAYMENT_SUBMITTED, orderNumber,
                paymentMessageId(orderNumber, payment.paymentAttempt()), PAYMENT_MESSAGE_TTL,
                TaskVariables.write(payment));
    }

    @Override
    public void requestCancel(String orderNumber, String cancelledBy) {
        send(ServiceOrderProcess.MESSAGE_CANCEL_REQUESTED, orderNumber, "cancel:" + orderNumber,
                ACTION_MESSAGE_TTL, Map.of("cancelledBy", cancelledBy));
    }

    @Override
    public void rescheduled(String orderNumber, String appointmentStart) {
        // one id per target time: moving twice is two messages, re-sending the same move is one
        Map<String, Object> variables = new HashMap<>(times(appointmentStart));
        variables.put(AppointmentProcess.VAR_APPOINTMENT_START, appointmentStart);
        send(AppointmentProcess.MESSAGE_RESCHEDULED, orderNumber,
                "rescheduled:" + orderNumber + ":" + appointmentStart, ACTION_MESSAGE_TTL, variables);
    }

    @Override
    public void complaintFiled(String orderNumber) {
        send(ServiceOrderProcess.MESSAGE_COMPLAINT_FILED, orderNumber, "complaint:" + orderNumber,
                ACTION_MESSAGE_TTL, Map.of());
    }

    @Override
    public void complaintDecided(String orderNumber, boolean approved) {
        send(ServiceOrderProcess.MESSAGE_COMPLAINT_DECIDED, orderNumber, "complaint-decided:" + orderNumber,
                ACTION_MESSAGE_TTL, Map.of("complaintApproved", approved));
    }

    @Override
    public void orderGrabbed(String orderNumber, String providerId) {
        send(GrabOrderProcess.MESSAGE_ORDER_GRABBED, orderNumber, "grabbed:" + orderNumber, GRAB_MESSAGE_TTL,
                Map.of("providerId", providerId));
    }

    @Override
    public void providerCheckedIn(String orderNumber) {
        send(AppointmentProcess.MESSAGE_PROVIDER_CHECKED_IN, orderNumber, "checkin:" + orderNumber,
                ACTION_MESSAGE_TTL, Map.of("checkedIn", true));
    }

    /**
     * One id per minute: a double click is one message, while a completion the process refused (before the start)
     * can be sent again later.
     */
    @Override
    public void serviceCompleted(String orderNumber) {
        send(ServiceOrderProcess.MESSAGE_SERVICE_COMPLETED, orderNumber,
                "completed:" + orderNumber + ":" + clock.instant().getEpochSecond() / 60, ACTION_MESSAGE_TTL,
                Map.of());
    }

    /** One id per attempt: a double submit of one attempt is one message, the next attempt another. */
    static String paymentMessageId(String orderNumber, int attempt) {
        return "payment:" + orderNumber + ":" + attempt;
    }

    /** {@code appointmentStart} is ISO-8601 with offset, as {@code AppointmentTimes.iso} writes it. */
    static Map<String, Object> times(String appointmentStart) {
        return AppointmentProcess.timesOf(OffsetDateTime.parse(appointmentStart).toInstant());
    }

    private void send(String message, String orderNumber, String messageId, Duration ttl,
            Map<String, Object> variables) {
        workflows.send(message, orderNumber, messageId, ttl, variables);
    }
}
