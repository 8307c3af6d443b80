package com.careflow.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.TopicWorker;


/**
 * Topic worker of the charge step's compensation (processes/service-order.bpmn, task RefundPayment): runs when a
 * paid order is cancelled by the customer or not served, or after an approved complaint. Tasks come at least once;
 * {@link OrderRefunder} makes a redelivery harmless. Public because the topic subscription invokes the
 * method reflectively.
 */
@Component
public class RefundWorker {

    private static final Logger log = LoggerFactory.getLogger(RefundWorker.class);

    private final OrderRefunder refunder;
    private final PaymentProperties properties;

    RefundWorker(OrderRefunder refunder, PaymentProperties properties) {
        this.refunder = refunder;
        this.properties = properties;
    }

    /** Refunds the order's charge in full; {@code refundId} is null when nothing had been charged. */
    @TopicWorker(ServiceOrderProcess.JOB_REFUND_PAYMENT)
    public RefundOutcome refundPayment(RefundInput input) {
        try {
            String refundId = refunder.refund(input.orderNumber()).orElse(null);
            log.info("Order {}: {}", input.orderNumber(), refundId == null ? "nothing charged, nothing refunded"
                    : "refunded as " + refundId);
            return new RefundOutcome(refundId);
        } catch (InvalidChargeException badInput) {
            throw JobFailures.hopeless("Cannot refund order " + input.orderNumber() + ": " + badInput.getMessage());
        } catch (RuntimeException technical) {
            log.warn("Refunding order {} failed; the engine will retry", input.orderNumber(), technical);
            throw JobFailures.retryLater("Refunding order " + input.orderNumber() + " failed, will retry: "
                    + technical.getMessage(), properties.retryBackoff(), technical);
        }
    }
}
