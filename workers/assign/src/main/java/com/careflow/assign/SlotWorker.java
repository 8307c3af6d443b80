package com.careflow.assign;

import org.springframework.stereotype.Component;

import com.careflow.assign.Variables.OrderRef;
import com.careflow.assign.Variables.SlotInput;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.BpmnError;
import com.careflow.worker.TopicWorker;

/**
 * Topic workers of the service-order saga's slot step (processes/service-order.bpmn, ReserveSlot and its compensation
 * ReleaseSlot; behaviour in features/appointment.feature). Public because the topic subscription invokes
 * the methods reflectively.
 */
@Component
public class SlotWorker {

    private final ServiceSlots slots;
    private final ServiceItems services;
    private final ProviderCalendar calendar;
    private final Jobs jobs;

    SlotWorker(ServiceSlots slots, ServiceItems services, ProviderCalendar calendar, Jobs jobs) {
        this.slots = slots;
        this.services = services;
        this.calendar = calendar;
        this.jobs = jobs;
    }

    /** Holds the order's slot; a full slot is the business error SLOT_UNAVAILABLE (the model cancels the order). */
    @TopicWorker(ServiceOrderProcess.JOB_RESERVE_SLOT)
    public void reserveSlot(SlotInput input) {
        String what = "reserve the slot of order " + input.orderNumber();
        boolean held = jobs.run(what, () -> {
            ServiceItem service = services.findById(input.service()).orElseThrow(() ->
                    new IllegalArgumentException("service " + input.serviceId() + " does not exist"));
            return slots.hold(service, input.start(), input.order());
        });
        if (!held) {
            throw new BpmnError(ServiceOrderProcess.ERROR_SLOT_UNAVAILABLE, "The slot "
                    + input.appointmentStart() + " of service " + input.serviceId() + " is fully booked");
        }
    }

    /**
     * Compensation: the order gives back whatever slot it holds (its time may have moved since the reservation) and
     * any provider time booked for it, since the appointment will not take place.
     */
    @TopicWorker(ServiceOrderProcess.JOB_RELEASE_SLOT)
    public void releaseSlot(OrderRef input) {
        jobs.run("release the slot of order " + input.orderNumber(), () -> {
            slots.releaseAll(input.order());
            calendar.releaseOrder(input.order());
        });
    }

}
