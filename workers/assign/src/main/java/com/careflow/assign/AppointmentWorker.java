package com.careflow.assign;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.assign.Variables.NoShowResult;
import com.careflow.assign.Variables.ProviderInput;
import com.careflow.assign.Variables.ReplaceResult;
import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.assignment.Offer;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.TopicWorker;

/**
 * Topic workers for a provider who did not check in (processes/appointment.bpmn RecordNoShow, service-order.bpmn
 * ReplaceProvider; behaviour in features/appointment.feature). Public because the topic subscription invokes
 * the methods reflectively.
 */
@Component
public class AppointmentWorker {

    private static final Logger log = LoggerFactory.getLogger(AppointmentWorker.class);
    private static final long SLOT_GRID_MINUTES = 30;

    private final OfferDesk desk;
    private final OrderUpdates orders;
    private final ServiceSlots slots;
    private final ServiceItems services;
    private final AssignmentProperties properties;
    private final Clock clock;
    private final Jobs jobs;

    AppointmentWorker(OfferDesk desk, OrderUpdates orders, ServiceSlots slots, ServiceItems services,
            AssignmentProperties properties, Clock clock, Jobs jobs) {
        this.desk = desk;
        this.orders = orders;
        this.slots = slots;
        this.services = services;
        this.properties = properties;
        this.clock = clock;
        this.jobs = jobs;
    }

    /** The order's timeline records the no-show (once per provider); the process goes on with checkedIn=false. */
    @TopicWorker(AppointmentProcess.JOB_RECORD_NO_SHOW)
    public NoShowResult recordNoShow(ProviderInput input) {
        return jobs.run("record the no-show on order " + input.orderNumber(), () -> {
            orders.update(input.order(), order -> order.recordNoShow(OrderUpdates.ACTOR, clock));
            return new NoShowResult(false);
        });
    }

    /**
     * The best-rated free certified provider other than the no-show takes the order, with the appointment moved to
     * now + {@code careflow.assignment.replacement-delay}, rounded up to the half hour. Nobody free:
     * replacementFound=false and everything stays (the model then cancels the order as not served). The variables
     * carry the appointment's timer dates for the (new) start.
     */
    @TopicWorker(ServiceOrderProcess.JOB_REPLACE_PROVIDER)
    public Map<String, Object> replaceProvider(ProviderInput input) {
        return replace(input).variables();
    }

    ReplaceResult replace(ProviderInput input) {
        return jobs.run("replace provider " + input.providerId() + " of order " + input.orderNumber(), () -> {
            ServiceOrder order = orders.load(input.order());
            Optional<Offer> replaced = desk.replace(order.getOrderNumber(), input.provider(), replacementStart());
            if (replaced.isEmpty()) {
                return new ReplaceResult(false, input.providerId(), AppointmentTimes.iso(order.getScheduledAt()));
            }
            Offer offer = replaced.get();
            moveSlot(order, offer.getAppointmentStart());
            orders.update(order.getOrderNumber(), o -> o.replaceProvider(offer.getWinnerId(), offer.getWinnerName(),
                    offer.getAppointmentStart(), OrderUpdates.ACTOR, clock));
            return new ReplaceResult(true, offer.getWinnerId(), AppointmentTimes.iso(offer.getAppointmentStart()));
        });
    }

    LocalDateTime replacementStart() {
        LocalDateTime earliest = LocalDateTime.now(clock.withZone(AppointmentTimes.ZONE))
                .plus(properties.replacementDelay());
        LocalDateTime truncated = earliest.truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(earliest.getMinute() / SLOT_GRID_MINUTES * SLOT_GRID_MINUTES);
        return truncated.equals(earliest) ? truncated : truncated.plusMinutes(SLOT_GRID_MINUTES);
    }

    /**
     * The customer's slot hold follows the appointment when the new time is a slot of the service; a replacement
     * off the grid (early, late, between slots) holds no slot, the provider's calendar keeps the time.
     */
    private void moveSlot(ServiceOrder order, LocalDateTime newStart) {
        slots.releaseAll(order.getOrderNumber());
        services.findById(order.getServiceId())
                .filter(service -> slots.isSlotStart(service, newStart))
                .filter(service -> !slots.hold(service, newStart, order.getOrderNumber()))
                .ifPresent(full -> log.info("Slot {} of {} is full; order {} keeps its replacement without a hold",
                        newStart, full.id(), order.getOrderNumber()));
    }
}
