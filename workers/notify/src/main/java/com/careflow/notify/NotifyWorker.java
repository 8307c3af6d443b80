package com.careflow.notify;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.process.ServiceOrderProcess;

import io.camunda.client.annotation.CustomHeaders;
import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;

/**
 * Job worker of the service-order process's notify tasks (processes/service-order.bpmn, SendConfirmation and
 * TellCustomerCancelled; behaviour in features/service-order.feature); the task's {@code template} header says which
 * notification. Public because the Camunda client invokes the method reflectively.
 */
@Component
public class NotifyWorker {

    private static final Logger log = LoggerFactory.getLogger(NotifyWorker.class);

    private final CustomerNotifier notifier;
    private final MailSettings settings;

    NotifyWorker(CustomerNotifier notifier, MailSettings settings) {
        this.notifier = notifier;
        this.settings = settings;
    }

    /**
     * Notifies the customer. The element instance key names the notifications (one task, one of each), so a
     * redelivery sends nothing twice. An unknown template or order fails the job without retries; an SMTP
     * failure fails it with the job's retries minus one after a backoff, and the next attempt sends.
     */
    @JobWorker(type = ServiceOrderProcess.JOB_NOTIFY_CUSTOMER)
    public void notifyCustomer(@VariablesAsType NotifyInput input, @CustomHeaders Map<String, String> headers,
            @ElementInstanceKey long elementInstanceKey) {
        String template = headers.get(ServiceOrderProcess.HEADER_TEMPLATE);
        try {
            notifier.notify(String.valueOf(elementInstanceKey), MailTemplate.of(template), input.orderNumber(),
                    input.declineReason());
        } catch (InvalidNotificationException badInput) {
            throw CamundaError.jobError("Cannot notify the customer of order " + input.orderNumber() + ": "
                    + badInput.getMessage(), null, 0, null);
        } catch (RuntimeException technical) {
            log.warn("Notifying the customer of order {} ({}) failed; the engine will retry", input.orderNumber(),
                    template, technical);
            throw CamundaError.jobError("Sending the " + template + " notification for order " + input.orderNumber()
                    + " failed, will retry: " + CustomerNotifier.describe(technical), null, null,
                    settings.retryBackoff());
        }
    }
}
