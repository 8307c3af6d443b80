package com.careflow.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.process.PaymentOutcome;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.TopicWorker;


/**
 * Topic worker of the service-order process's charge step (processes/service-order.bpmn, task ChargePayment;
 * behaviour in features/service-order.feature). Tasks come at least once; {@link OrderCharger} makes
 * a redelivery harmless. Public because the topic subscription invokes the method reflectively.
 */
@Component
public class PaymentWorker {

    private static final Logger log = LoggerFactory.getLogger(PaymentWorker.class);

    private final OrderCharger charger;
    private final PaymentProperties properties;

    PaymentWorker(OrderCharger charger, PaymentProperties properties) {
        this.charger = charger;
        this.properties = properties;
    }

    /**
     * Charges the order's card. A decline is a business outcome (variables for the model's gateway), not a
     * failure. Bad variables fail the task without retries. Technical trouble is retried with a backoff, the order
     * showing "retrying"; when the retries are used up the model takes its "gateway unavailable" path (the
     * customer may pay again, operations is alerted) rather than holding the order in an incident.
     */
    @TopicWorker(ServiceOrderProcess.JOB_CHARGE_PAYMENT)
    public PaymentOutcome chargePayment(ChargeInput input) {
        ChargeRequest request;
        try {
            request = input.toRequest();
            OrderCharger.OrderCharge charge = charger.charge(request);
            ChargeResult result = charge.result();
            return result.approved()
                    ? PaymentOutcome.approved(result.paymentId())
                    : PaymentOutcome.declined(result.paymentId(), charge.declineReason());
        } catch (InvalidChargeException badInput) {
            throw JobFailures.hopeless("Cannot charge order " + input.orderNumber() + ": " + badInput.getMessage());
        } catch (RuntimeException technical) {
            log.warn("Charging order {} failed; the engine will retry", input.orderNumber(), technical);
            tellRetrying(input);
            throw JobFailures.retryLaterThenError("Charging order " + input.orderNumber() + " failed, will retry: "
                    + technical.getMessage(), properties.retryBackoff(), technical,
                    ServiceOrderProcess.ERROR_PAYMENT_GATEWAY_UNAVAILABLE);
        }
    }

    private void tellRetrying(ChargeInput input) {
        try {
            charger.retrying(input.toRequest());
        } catch (RuntimeException notToldNow) {
            log.warn("Could not show order {} as retrying", input.orderNumber(), notToldNow);
        }
    }
}
