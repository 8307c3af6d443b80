package com.careflow.portal.order;

import static com.careflow.domain.process.ServiceOrderProcess.HEADER_REASON;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_CANCEL_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.ERROR_SERVICE_NOT_STARTED;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_COMPLETE_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_RECORD_PAYMENT_FAILURE;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_CONFIRM_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_REFUND_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_START_ORDER;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.assignment.AssignedBy;
import com.careflow.domain.assignment.Offer;
import com.careflow.domain.assignment.Offers;
import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.ledger.CommissionRate;
import com.careflow.domain.ledger.CommissionTable;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.domain.order.CancelReason;
import com.careflow.domain.order.IllegalOrderTransitionException;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.order.TooEarlyException;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

import com.careflow.worker.BpmnError;
import com.careflow.worker.Headers;
import com.careflow.worker.TaskFailure;
import com.careflow.worker.TopicWorker;
import com.careflow.worker.Var;

/**
 * The service-order steps that change the order itself (processes/service-order.bpmn: ConfirmOrder, the cancel
 * steps, StartService, CompleteOrder, RefundOrder; behaviour in features/service-order.feature); the portal owns
 * the order aggregate. Tasks arrive at least once, and the aggregate's transitions are no-ops when the order is
 * already there, so a redelivery changes nothing. A missing order, a forbidden transition or a bad header will not
 * heal by retrying: the task fails with no retries left, so an incident shows the reason at once.
 * <p>
 * Public, unlike the rest of the feature: workers/support invokes the {@link TopicWorker} methods by reflection from
 * its own package, which a package-private class would refuse.
 */
@Component
public class OrderStateWorkers {

    private static final Logger log = LoggerFactory.getLogger(OrderStateWorkers.class);

    /** The actor of steps nobody in particular caused (a timeout, an auto-assignment, a refund). */
    static final String SYSTEM = "system";

    private final OrderChanges orders;
    private final Offers offers;
    private final Providers providers;
    private final ServiceItems services;
    private final MoneyMovements ledger;
    private final CommissionTable commissionTable;
    private final Clock clock;

    OrderStateWorkers(OrderChanges orders, Offers offers, Providers providers, ServiceItems services,
            MoneyMovements ledger, CommissionTable commissionTable, Clock clock) {
        this.orders = orders;
        this.offers = offers;
        this.providers = providers;
        this.services = services;
        this.ledger = ledger;
        this.commissionTable = commissionTable;
        this.clock = clock;
    }

    /**
     * Confirms a paid order with its provider: the winner of the order's offer in Mongo (the single truth of who
     * got it), or the process's {@code providerId} when there is no taken offer. A provider who grabbed the order
     * is the actor; an auto-assignment is the system's. If the order still shows PENDING (nobody recorded the
     * payment on it yet), the approved payment of this instance is recorded first, so the order passes through PAID
     * as the state machine requires.
     */
    @TopicWorker(JOB_CONFIRM_ORDER)
    public void confirm(@Var("orderNumber") String orderNumber, @Var("paymentId") String paymentId,
            @Var("providerId") String providerId) {
        Assignee assignee = assignee(orderNumber, providerId);
        change(orderNumber, order -> {
            boolean paid = order.getStatus() == OrderStatus.PENDING && paymentId != null
                    && order.markPaid(paymentId, SYSTEM, clock);
            return order.assignProvider(assignee.id(), assignee.name(), assignee.actor(), clock) | paid;
        });
    }

    /**
     * Cancels the order for the reason in the task's {@code reason} header; without one it is a declined payment,
     * told with the process's {@code declineReason}. The customer who asked ({@code cancelledBy}) is the actor,
     * otherwise the system.
     */
    @TopicWorker(JOB_CANCEL_ORDER)
    public void cancel(@Var("orderNumber") String orderNumber, @Var("declineReason") String declineReason,
            @Var("cancelledBy") String cancelledBy, @Headers Map<String, String> headers) {
        CancelReason code = reason(orderNumber, headers.get(HEADER_REASON));
        String text = code == CancelReason.PAYMENT_DECLINED ? declineReason : null;
        String actor = cancelledBy == null || cancelledBy.isBlank() ? SYSTEM : cancelledBy;
        change(orderNumber, order -> order.cancel(code, text, actor, clock));
    }

    /** The provider checked in: CONFIRMED → IN_PROGRESS, by the provider. */
    @TopicWorker(JOB_START_ORDER)
    public void start(@Var("orderNumber") String orderNumber) {
        change(orderNumber, order -> order.start(providerOrSystem(order), clock));
    }

    /**
     * The provider marked the service delivered: IN_PROGRESS → COMPLETED, by the provider. Before the appointment
     * starts the order refuses; the model's SERVICE_NOT_STARTED boundary then waits for the next completion. The
     * completed order's amount is split in the ledger into commission, at the rate of the analysts' table for the
     * provider's level in the service's category, and the provider's earnings. A redelivery posts it only if it is
     * not posted yet (and so heals a run stopped in between); once posted, the rate of its time stays.
     */
    @TopicWorker(JOB_COMPLETE_ORDER)
    public void complete(@Var("orderNumber") String orderNumber) {
        try {
            ServiceOrder order = change(orderNumber, fresh -> fresh.complete(providerOrSystem(fresh), clock));
            if (order.getCompletedAt() != null && ledger.completionOf(orderNumber).isEmpty()) {
                ledger.completed(orderNumber, order.getProviderId(), Money.yuan(order.getAmount()), commission(order));
            }
        }
        catch (TooEarly early) {
            throw new BpmnError(ERROR_SERVICE_NOT_STARTED, early.getMessage());
        }
    }

    /** The gateway stayed unreachable through every retry of this attempt: the customer may pay again. */
    @TopicWorker(JOB_RECORD_PAYMENT_FAILURE)
    public void paymentFailed(@Var("orderNumber") String orderNumber, @Var("paymentAttempt") Integer attempt) {
        if (attempt != null) {
            change(orderNumber, order -> order.paymentFailed(attempt, clock));
        }
    }

    /** After an approved complaint and the refund of the charge: COMPLETED → REFUNDED with the gateway's id. */
    @TopicWorker(JOB_REFUND_ORDER)
    public void refund(@Var("orderNumber") String orderNumber, @Var("refundId") String refundId) {
        change(orderNumber, order -> order.refund(refundId, SYSTEM, clock));
    }

    /** Who the order is confirmed with, and who is recorded as having done it. */
    private record Assignee(String id, String name, String actor) {
    }

    private Assignee assignee(String orderNumber, String providerIdVariable) {
        Optional<Offer> taken = offers.findById(orderNumber).filter(Offer::isTaken);
        if (taken.isPresent()) {
            Offer offer = taken.get();
            String actor = offer.getAssignedBy() == AssignedBy.GRAB ? offer.getWinnerId() : SYSTEM;
            return new Assignee(offer.getWinnerId(), offer.getWinnerName(), actor);
        }
        if (providerIdVariable == null || providerIdVariable.isBlank()) {
            throw incident("Order " + orderNumber + " has no provider to confirm with: its offer is not taken and"
                    + " the process has no providerId");
        }
        String name = providers.findById(providerIdVariable).map(Provider::getName)
                .orElseThrow(() -> incident("Provider " + providerIdVariable + " of order " + orderNumber
                        + " does not exist"));
        return new Assignee(providerIdVariable, name, SYSTEM);
    }

    /** The table's rate for the order; a provider without a certificate in the category has no level. */
    private CommissionRate commission(ServiceOrder order) {
        ServiceCategory category = services.findById(order.getServiceId()).map(ServiceItem::category)
                .orElseThrow(() -> incident("Service " + order.getServiceId() + " of order " + order.getOrderNumber()
                        + " does not exist; its commission cannot be decided"));
        return commissionTable.rateFor(providers.findById(order.getProviderId())
                .map(provider -> provider.levelFor(category)).orElse(null), category);
    }

    private static CancelReason reason(String orderNumber, String header) {
        if (header == null || header.isBlank()) {
            return CancelReason.PAYMENT_DECLINED;
        }
        try {
            return CancelReason.fromHeader(header);
        }
        catch (IllegalArgumentException e) {
            throw incident("Cannot cancel order " + orderNumber + ": " + e.getMessage());
        }
    }

    private static String providerOrSystem(ServiceOrder order) {
        return order.getProviderId() != null ? order.getProviderId() : SYSTEM;
    }

    /** Applies a transition and saves only if it changed something (a redelivered task changes nothing). */
    private ServiceOrder change(String orderNumber, Predicate<ServiceOrder> transition) {
        try {
            ServiceOrder order = orders.change(orderNumber, transition);
            log.info("Order {} is now {}", orderNumber, order.getStatus());
            return order;
        }
        catch (TooEarlyException e) {
            throw new TooEarly(e.getMessage());
        }
        catch (IllegalArgumentException | IllegalOrderTransitionException e) {
            throw incident(e.getMessage());
        }
    }

    /** A step asked for before its time, for the step that has an answer to it in the model. */
    private static final class TooEarly extends RuntimeException {
        TooEarly(String message) {
            super(message);
        }
    }

    private static RuntimeException incident(String message) {
        return TaskFailure.hopeless(message);
    }
}
