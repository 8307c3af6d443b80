package com.careflow.assign;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.careflow.assign.Variables.AutoInput;
import com.careflow.assign.Variables.AutoResult;
import com.careflow.assign.Variables.OfferResult;
import com.careflow.assign.Variables.OrderRef;
import com.careflow.assign.Variables.RoundInput;
import com.careflow.domain.assignment.AssignedBy;
import com.careflow.domain.assignment.Offer;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.TopicWorker;

/**
 * Topic workers of the grab-order process (processes/grab-order.bpmn: OpenOffer, ExpireRound, AutoAssign) and of the
 * service order's WithdrawOffer; behaviour in features/grab-order.feature. Claims happen in {@link OfferDesk}; the
 * process only learns their outcome. Public because the topic subscription invokes
 * the methods reflectively.
 */
@Component
public class OfferWorker {

    static final String OPEN = "OPEN";
    static final String TAKEN = "TAKEN";
    static final String WIDENED = "WIDENED";
    static final String EXHAUSTED = "EXHAUSTED";

    private final OfferDesk desk;
    private final OrderUpdates orders;
    private final ProviderAlerts alerts;
    private final AssignmentProperties properties;
    private final Jobs jobs;

    OfferWorker(OfferDesk desk, OrderUpdates orders, ProviderAlerts alerts, AssignmentProperties properties,
            Jobs jobs) {
        this.desk = desk;
        this.orders = orders;
        this.alerts = alerts;
        this.properties = properties;
        this.jobs = jobs;
    }

    /** Opens round 1 (or finds the offer opened before) and tells its providers; TAKEN when a grab already won. */
    @TopicWorker(GrabOrderProcess.JOB_OPEN_OFFER)
    public OfferResult openOffer(OrderRef input) {
        return jobs.run("open the offer of order " + input.orderNumber(), () -> {
            Offer offer = desk.open(orders.load(input.order()), properties.offerWindow());
            if (offer.isTaken()) {
                return result(offer, TAKEN);
            }
            alerts.offerOpen(offer);
            return result(offer, OPEN);
        });
    }

    /**
     * The round's window passed. Taken meanwhile: TAKEN. After round 1: the offer widens to round 2 (new providers
     * told), WIDENED. After round 2: ESCALATED in Mongo, EXHAUSTED for the model (operations alert, auto-assignment).
     * The round comes from the process, so a redelivery after widening widens nothing twice.
     */
    @TopicWorker(GrabOrderProcess.JOB_EXPIRE_ROUND)
    public OfferResult expireRound(RoundInput input) {
        return jobs.run("close round " + input.offerRound() + " of the offer of order " + input.orderNumber(), () -> {
            String orderNumber = input.order();
            Offer offer = input.round() == 1
                    ? desk.widen(orderNumber, properties.offerWindow())
                    : desk.escalate(orderNumber);
            if (offer.isTaken()) {
                return result(offer, TAKEN);
            }
            if (input.round() == 1) {
                alerts.offerOpen(offer);
                return result(offer, WIDENED);
            }
            return result(offer, EXHAUSTED);
        });
    }

    /** Claims the order for the best ranked free provider; a grab that won meanwhile stands. */
    @TopicWorker(GrabOrderProcess.JOB_AUTO_ASSIGN)
    public AutoResult autoAssign(AutoInput input) {
        return jobs.run("auto-assign order " + input.orderNumber(), () -> {
            Optional<String> winner = desk.autoAssign(input.order(), input.ranked());
            AssignedBy by = winner.flatMap(w -> desk.find(input.order())).map(Offer::getAssignedBy)
                    .orElse(AssignedBy.AUTO);
            return new AutoResult(winner.orElse(null), by.name());
        });
    }

    /** The customer cancelled: the offer closes and the provider's time is freed. */
    @TopicWorker(ServiceOrderProcess.JOB_WITHDRAW_OFFER)
    public void withdrawOffer(OrderRef input) {
        jobs.run("withdraw the offer of order " + input.orderNumber(), () -> desk.withdraw(input.order()));
    }

    private OfferResult result(Offer offer, String outcome) {
        return new OfferResult(properties.offerWindow().toString(), offer.getRound(), outcome,
                offer.isTaken() ? offer.getWinnerId() : null);
    }
}
