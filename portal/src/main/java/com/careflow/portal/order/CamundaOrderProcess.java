package com.careflow.portal.order;

import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;
import com.careflow.domain.process.ServiceOrderProcess;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;

/**
 * {@link OrderProcess} on Zeebe, over the Camunda client (gRPC). Messages are correlated by order number and carry
 * a message id: the engine rejects a second message with the same id while the first is buffered, which turns a
 * double submit into a no-op.
 */
@Component
class CamundaOrderProcess implements OrderProcess {

    /** A payment the instance does not pick up within an hour is stale; the customer can pay again after that. */
    static final Duration PAYMENT_MESSAGE_TTL = Duration.ofHours(1);
    /** The grab-order instance waits for the grab; if it is between rounds, the next round's wait picks it up. */
    static final Duration GRAB_MESSAGE_TTL = Duration.ofMinutes(10);
    /**
     * Customer and provider actions: the instance may be a step before the catch event (a job still running), so
     * the message waits a while; after that the action is stale and can be repeated.
     */
    static final Duration ACTION_MESSAGE_TTL = Duration.ofMinutes(10);

    private static final int BACK_PRESSURE_ATTEMPTS = 5;
    private static final Duration BACK_PRESSURE_PAUSE = Duration.ofMillis(100);

    private final CamundaClient camunda;

    CamundaOrderProcess(CamundaClient camunda) {
        this.camunda = camunda;
    }

    @Override
    public long start(OrderPlaced placed) {
        return camunda.newCreateInstanceCommand()
                .bpmnProcessId(ServiceOrderProcess.PROCESS_ID)
                .latestVersion()
                .variables(placed)
                .send()
                .join()
                .getProcessInstanceKey();
    }

    @Override
    public void submitPayment(String orderNumber, PaymentSubmitted payment) {
        publish(ServiceOrderProcess.MESSAGE_PAYMENT_SUBMITTED, orderNumber, paymentMessageId(orderNumber),
                PAYMENT_MESSAGE_TTL, payment);
    }

    @Override
    public void requestCancel(String orderNumber, String cancelledBy) {
        publish(ServiceOrderProcess.MESSAGE_CANCEL_REQUESTED, orderNumber, "cancel:" + orderNumber,
                ACTION_MESSAGE_TTL, Map.of("cancelledBy", cancelledBy));
    }

    @Override
    public void rescheduled(String orderNumber, String appointmentStart) {
        // one id per target time: moving twice is two messages, re-sending the same move is one
        publish(AppointmentProcess.MESSAGE_RESCHEDULED, orderNumber,
                "rescheduled:" + orderNumber + ":" + appointmentStart, ACTION_MESSAGE_TTL,
                Map.of("appointmentStart", appointmentStart));
    }

    @Override
    public void complaintFiled(String orderNumber) {
        publish(ServiceOrderProcess.MESSAGE_COMPLAINT_FILED, orderNumber, "complaint:" + orderNumber,
                ACTION_MESSAGE_TTL, Map.of());
    }

    @Override
    public void complaintDecided(String orderNumber, boolean approved) {
        publish(ServiceOrderProcess.MESSAGE_COMPLAINT_DECIDED, orderNumber, "complaint-decided:" + orderNumber,
                ACTION_MESSAGE_TTL, Map.of("complaintApproved", approved));
    }

    @Override
    public void orderGrabbed(String orderNumber, String providerId) {
        publish(GrabOrderProcess.MESSAGE_ORDER_GRABBED, orderNumber, "grabbed:" + orderNumber, GRAB_MESSAGE_TTL,
                Map.of("providerId", providerId));
    }

    @Override
    public void providerCheckedIn(String orderNumber) {
        publish(AppointmentProcess.MESSAGE_PROVIDER_CHECKED_IN, orderNumber, "checkin:" + orderNumber,
                ACTION_MESSAGE_TTL, Map.of("checkedIn", true));
    }

    @Override
    public void serviceCompleted(String orderNumber) {
        publish(ServiceOrderProcess.MESSAGE_SERVICE_COMPLETED, orderNumber, "completed:" + orderNumber,
                ACTION_MESSAGE_TTL, Map.of());
    }

    static String paymentMessageId(String orderNumber) {
        return "payment:" + orderNumber;
    }

    /**
     * Publishes once per message id. A broker under load refuses with RESOURCE_EXHAUSTED (back-pressure); that is
     * worth a few quick retries, because a grab or a check-in the customer already saw succeed should reach the
     * process now, not when a timer notices it. The message id keeps the retries from counting twice.
     */
    private void publish(String message, String orderNumber, String messageId, Duration ttl, Object variables) {
        for (int attempt = 1; ; attempt++) {
            try {
                camunda.newPublishMessageCommand()
                        .messageName(message)
                        .correlationKey(orderNumber)
                        .messageId(messageId)
                        .timeToLive(ttl)
                        .variables(variables)
                        .send()
                        .join();
                return;
            }
            catch (ClientStatusException e) {
                if (e.getStatusCode() == Status.Code.ALREADY_EXISTS) {
                    return; // the same message is already buffered; the engine deduplicated it, which is what we want
                }
                if (e.getStatusCode() != Status.Code.RESOURCE_EXHAUSTED || attempt == BACK_PRESSURE_ATTEMPTS) {
                    throw e;
                }
                pause(BACK_PRESSURE_PAUSE.multipliedBy(attempt));
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the broker pushed back", e);
        }
    }
}
