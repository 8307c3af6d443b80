package com.careflow.portal.order;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;
import com.careflow.domain.process.ServiceOrderProcess;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;

/** {@link OrderProcess} on Zeebe, over the Camunda client (gRPC). */
@Component
class CamundaOrderProcess implements OrderProcess {

    /** A payment the instance does not pick up within an hour is stale; the customer can pay again after that. */
    static final Duration PAYMENT_MESSAGE_TTL = Duration.ofHours(1);

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
        try {
            camunda.newPublishMessageCommand()
                    .messageName(ServiceOrderProcess.MESSAGE_PAYMENT_SUBMITTED)
                    .correlationKey(orderNumber)
                    // one payment message per order: the engine rejects a second one with the same id (double submit)
                    .messageId(paymentMessageId(orderNumber))
                    .timeToLive(PAYMENT_MESSAGE_TTL)
                    .variables(payment)
                    .send()
                    .join();
        }
        catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
            // the same payment was already submitted; the engine deduplicated it, which is what we want
        }
    }

    static String paymentMessageId(String orderNumber) {
        return "payment:" + orderNumber;
    }
}
