package com.careflow.portal.order;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.order.OrderNumbers;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;

/**
 * Places orders and submits payments. An order exists only together with its process instance: if the engine
 * does not take the instance, the order is removed again and the customer is told to retry.
 */
@Service
class OrderPlacement {

    private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);

    private final Orders orders;
    private final OrderNumbers numbers;
    private final OrderProcess process;
    private final Clock clock;

    OrderPlacement(Orders orders, OrderNumbers numbers, OrderProcess process, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.process = process;
        this.clock = clock;
    }

    ServiceOrder place(ServiceItem service, OrderForm form, Customer customer) {
        ServiceOrder order = orders.save(ServiceOrder.builder()
                .orderNumber(numbers.next())
                .service(service.id(), service.name(), service.city(), service.price())
                .customer(customer.id(), customer.name(), customer.email(), customer.locale())
                .contact(form.getContactName().strip(), form.getContactPhone().strip())
                .scheduledAt(form.getScheduledAt())
                .notes(blankToNull(form.getNotes()))
                .build(clock));
        long processInstanceKey;
        try {
            processInstanceKey = process.start(
                    new OrderPlaced(order.getOrderNumber(), order.getAmount(), order.getCustomerId()));
        }
        catch (RuntimeException e) {
            // saved first so the instance never refers to a missing order; undone when the engine says no
            orders.deleteById(order.getOrderNumber());
            log.warn("Could not start the process for order {}; the order was withdrawn", order.getOrderNumber(), e);
            throw new OrderServiceUnavailableException("The order process could not be started", e);
        }
        order.attachProcess(processInstanceKey);
        return orders.save(order);
    }

    /** Hands a validated card payment to the order's process. Only the last four digits and the brand travel. */
    void submitPayment(ServiceOrder order, PaymentForm form) {
        String digits = CardNumbers.normalize(form.getCardNumber());
        try {
            process.submitPayment(order.getOrderNumber(),
                    new PaymentSubmitted(CardNumbers.last4(digits), CardNumbers.brand(digits)));
        }
        catch (RuntimeException e) {
            log.warn("Could not submit the payment of order {}", order.getOrderNumber(), e);
            throw new OrderServiceUnavailableException("The payment could not be submitted", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
