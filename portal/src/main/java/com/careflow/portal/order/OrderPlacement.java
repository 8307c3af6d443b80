package com.careflow.portal.order;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.order.OrderNumbers;
import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.PaymentNotAcceptedException;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;

/**
 * Places orders and submits payments. Placing is the first part of the order saga: the slot is held, the order
 * saved, the process started; if a later step fails, the earlier ones are undone (order removed, slot released)
 * and the customer is told to retry. The process's own slot step then finds the hold already there (idempotent).
 */
@Service
class OrderPlacement {

    private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);

    private final OrderChanges orders;
    private final OrderNumbers numbers;
    private final ServiceSlots slots;
    private final OrderProcess process;
    private final Clock clock;

    OrderPlacement(OrderChanges orders, OrderNumbers numbers, ServiceSlots slots, OrderProcess process, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.slots = slots;
        this.process = process;
        this.clock = clock;
    }

    /** @throws SlotTakenException when the slot filled up meanwhile; nothing is left behind */
    ServiceOrder place(ServiceItem service, OrderForm form, Customer customer) {
        String orderNumber = numbers.next();
        LocalDateTime start = form.appointmentStart();
        if (!slots.hold(service, start, orderNumber)) {
            throw new SlotTakenException("Slot " + start + " of " + service.id() + " is full");
        }
        String instanceId;
        try {
            ServiceOrder order = orders.place(ServiceOrder.builder()
                    .orderNumber(orderNumber)
                    .service(service.id(), service.name(), service.city(), service.price())
                    .customer(customer.id(), customer.name(), customer.email(), customer.locale())
                    .contact(form.getContactName().strip(), form.getContactPhone().strip())
                    .scheduledAt(start)
                    .notes(blankToNull(form.getNotes()))
                    .healthDataConsent(form.isHealthDataConsent())
                    .build(clock));
            instanceId = process.start(placed(order, service));
        }
        catch (RuntimeException e) {
            // saved first so the instance never refers to a missing order; undone when the engine says no
            orders.withdraw(orderNumber);
            slots.release(service.id(), start, orderNumber);
            log.warn("Could not start the process for order {}; the order was withdrawn", orderNumber, e);
            throw new OrderServiceUnavailableException("The order process could not be started", e);
        }
        // the first workers may have changed the order already: the instance is attached to the fresh copy
        return orders.change(orderNumber, saved -> {
            saved.attachProcess(instanceId);
            return true;
        });
    }

    /**
     * Hands a validated card payment to the order's process as the order's next attempt. Only the last four digits
     * and the brand travel.
     *
     * @throws PaymentNotAcceptedException when the order takes no payment now (one in flight, deadline passed,
     *         not pending); nothing is sent
     */
    void submitPayment(ServiceOrder order, PaymentForm form) {
        String digits = CardNumbers.normalize(form.getCardNumber());
        String last4 = CardNumbers.last4(digits);
        String orderNumber = order.getOrderNumber();
        int attempt = orders.change(orderNumber, fresh -> fresh.submitPayment(last4, clock)).getPayment().number();
        try {
            process.submitPayment(orderNumber, new PaymentSubmitted(last4, CardNumbers.brand(digits), attempt));
        }
        catch (RuntimeException e) {
            // never sent: the attempt ends so the customer can pay again
            orders.change(orderNumber, fresh -> fresh.paymentFailed(attempt, clock));
            log.warn("Could not submit the payment of order {}", orderNumber, e);
            throw new OrderServiceUnavailableException("The payment could not be submitted", e);
        }
    }

    static OrderPlaced placed(ServiceOrder order, ServiceItem service) {
        return new OrderPlaced(order.getOrderNumber(), order.getAmount(), order.getCustomerId(), service.id(),
                service.category().name(), service.city(), service.durationMinutes(),
                AppointmentTimes.iso(order.getAppointmentStart()), order.getPaymentDueAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
