package com.careflow.portal.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.ServiceOrder;

/**
 * What a customer can do with an order after placing and paying it: cancel before the service starts, move the
 * appointment, complain about a completed service. The order document and the process must agree, so the change
 * is checked on the aggregate first, the process told next, and the document saved last; a failing step undoes
 * what the earlier ones did.
 */
@Service
class CustomerActions {

    private static final Logger log = LoggerFactory.getLogger(CustomerActions.class);

    private final OrderChanges orders;
    private final ServiceSlots slots;
    private final ProviderCalendar calendar;
    private final OrderProcess process;
    private final Clock clock;

    CustomerActions(OrderChanges orders, ServiceSlots slots, ProviderCalendar calendar, OrderProcess process, Clock clock) {
        this.orders = orders;
        this.slots = slots;
        this.calendar = calendar;
        this.process = process;
        this.clock = clock;
    }

    /** Paid or confirmed orders can be cancelled (with a full refund) until the provider starts. */
    static boolean mayCancel(ServiceOrder order) {
        return order.getStatus() == OrderStatus.PAID || order.getStatus() == OrderStatus.CONFIRMED;
    }

    static boolean mayReschedule(ServiceOrder order, Clock clock) {
        return order.getStatus() == OrderStatus.CONFIRMED && order.canReschedule(clock);
    }

    /**
     * Asks the process to cancel: it withdraws the offer, refunds, releases the slot and then marks the order
     * CANCELLED, which the order page picks up.
     */
    void requestCancel(ServiceOrder order, String customerId) {
        try {
            process.requestCancel(order.getOrderNumber(), customerId);
        }
        catch (RuntimeException e) {
            log.warn("Could not ask the process to cancel order {}", order.getOrderNumber(), e);
            throw new OrderServiceUnavailableException("The cancellation could not be submitted", e);
        }
    }

    /**
     * Moves a confirmed order to another slot: the slot hold, then the provider's calendar, then the process (its
     * reminders and check-in timers follow the new start), then the order. Returns the message code of the reason
     * when it cannot (reported at the slot field); nothing is changed then.
     */
    Optional<String> reschedule(ServiceOrder order, ServiceItem service, LocalDateTime to, String customerId) {
        if (!mayReschedule(order, clock)) {
            return Optional.of("order.reschedule.tooLate");
        }
        LocalDateTime from = order.getAppointmentStart();
        if (to.equals(from)) {
            return Optional.of("order.reschedule.sameSlot");
        }
        String orderNumber = order.getOrderNumber();
        if (!slots.move(service, from, to, orderNumber)) {
            return Optional.of("order.slot.full");
        }
        String providerId = order.getProviderId();
        if (providerId != null) {
            calendar.release(providerId, orderNumber);
            if (!calendar.book(providerId, orderNumber, to, service.durationMinutes())) {
                undoMove(service, providerId, orderNumber, from, to);
                return Optional.of("order.reschedule.providerBusy");
            }
        }
        try {
            order.reschedule(to, customerId, clock); // refused here, before the process hears of it
            process.rescheduled(orderNumber, AppointmentTimes.iso(to));
            orders.change(orderNumber, saved -> {
                saved.reschedule(to, customerId, clock);
                return true;
            });
        }
        catch (RuntimeException e) {
            undoMove(service, providerId, orderNumber, from, to);
            log.warn("Could not reschedule order {} to {}", orderNumber, to, e);
            throw new OrderServiceUnavailableException("The appointment could not be moved", e);
        }
        return Optional.empty();
    }

    /** Files the complaint on the order and tells the process, which then waits for operations' decision. */
    void fileComplaint(ServiceOrder order, String reason, String customerId) {
        order.fileComplaint(reason, customerId, clock);
        try {
            process.complaintFiled(order.getOrderNumber());
        }
        catch (RuntimeException e) {
            log.warn("Could not tell the process about the complaint on order {}", order.getOrderNumber(), e);
            throw new OrderServiceUnavailableException("The complaint could not be submitted", e);
        }
        orders.change(order.getOrderNumber(), saved -> {
            saved.fileComplaint(reason, customerId, clock);
            return true;
        });
    }

    private void undoMove(ServiceItem service, String providerId, String orderNumber, LocalDateTime from,
            LocalDateTime to) {
        if (providerId != null) {
            calendar.release(providerId, orderNumber);
            calendar.book(providerId, orderNumber, from, service.durationMinutes());
        }
        slots.move(service, to, from, orderNumber);
    }
}
