package com.careflow.portal.order;

import static com.careflow.domain.process.ServiceOrderProcess.JOB_CANCEL_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_CONFIRM_ORDER;

import java.time.Clock;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.order.IllegalOrderTransitionException;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;

/**
 * The service-order steps that change the order itself (processes/service-order.bpmn, ConfirmOrder and
 * CancelOrder; behaviour in features/service-order.feature); the portal owns the order aggregate. Jobs arrive at least
 * once, and the aggregate's transitions are no-ops when the order is already there, so a redelivery changes
 * nothing. A missing order or a forbidden transition will not heal by retrying: the job fails with no retries
 * left, so an incident shows the reason at once.
 * <p>
 * Public, unlike the rest of the feature: the Camunda SDK invokes the worker methods by reflection from its own
 * package, which a package-private class would refuse.
 */
@Component
public class OrderStateWorkers {

    private static final Logger log = LoggerFactory.getLogger(OrderStateWorkers.class);

    static final String ACTOR = "portal";
    /** When the process carries no decline reason (e.g. an operator cancelled), the customer still gets one. */
    static final String DEFAULT_CANCEL_REASON = "cancelled";

    private final Orders orders;
    private final Clock clock;

    OrderStateWorkers(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /**
     * Confirms a paid order. If the order still shows PENDING (nobody recorded the payment on it yet), the
     * approved payment of this instance is recorded first, so the order passes through PAID as the state machine
     * requires.
     */
    @JobWorker(type = JOB_CONFIRM_ORDER)
    public void confirm(@Variable(name = "orderNumber") String orderNumber,
            @Variable(name = "paymentId", optional = true) String paymentId) {
        change(orderNumber, order -> {
            boolean paid = order.getStatus() == OrderStatus.PENDING && paymentId != null
                    && order.markPaid(paymentId, ACTOR, clock);
            return order.confirm(ACTOR, clock) | paid;
        });
    }

    @JobWorker(type = JOB_CANCEL_ORDER)
    public void cancel(@Variable(name = "orderNumber") String orderNumber,
            @Variable(name = "declineReason", optional = true) String declineReason) {
        String reason = declineReason == null || declineReason.isBlank() ? DEFAULT_CANCEL_REASON : declineReason;
        change(orderNumber, order -> order.cancel(reason, ACTOR, clock));
    }

    /** Applies a transition and saves only if it changed something (a redelivered job changes nothing). */
    private void change(String orderNumber, Predicate<ServiceOrder> transition) {
        ServiceOrder order = orders.findById(orderNumber)
                .orElseThrow(() -> incident("Order " + orderNumber + " does not exist"));
        boolean changed;
        try {
            changed = transition.test(order);
        }
        catch (IllegalOrderTransitionException e) {
            throw incident(e.getMessage());
        }
        if (changed) {
            orders.save(order);
            log.info("Order {} is now {}", orderNumber, order.getStatus());
        }
    }

    private static RuntimeException incident(String message) {
        return CamundaError.jobError(message, null, 0);
    }
}
