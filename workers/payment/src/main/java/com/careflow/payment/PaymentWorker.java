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
    private final DeclineReasons reasons;
    private final PaymentProperties properties;

    PaymentWorker(OrderCharger charger, DeclineReasons reasons, PaymentProperties properties) {
        this.charger = charger;
        this.reasons = reasons;
        this.properties = properties;
    }

    /**
     * Charges the order's card. A decline is a business outcome (variables for the model's gateway), not a
     * failure. Bad variables fail the task without retries, technical trouble with a backoff ({@link JobFailures}).
     */
    @TopicWorker(ServiceOrderProcess.JOB_CHARGE_PAYMENT)
    public PaymentOutcome chargePayment(ChargeInput input) {
        try {
            OrderCharger.OrderCharge charge = charger.charge(input.toRequest());
            ChargeResult result = charge.result();
            return result.approved()
                    ? PaymentOutcome.approved(result.paymentId())
                    : PaymentOutcome.declined(result.paymentId(), reasons.tell(result, charge.locale()));
        } catch (InvalidChargeException badInput) {
            throw JobFailures.hopeless("Cannot charge order " + input.orderNumber() + ": " + badInput.getMessage());
        } catch (RuntimeException technical) {
            log.warn("Charging order {} failed; the engine will retry", input.orderNumber(), technical);
            throw JobFailures.retryLater("Charging order " + input.orderNumber() + " failed, will retry: "
                    + technical.getMessage(), properties.retryBackoff(), technical);
        }
    }
}
