package com.careflow.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.engine.Workflows;
import com.careflow.domain.order.OrderNumbers;
import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.TaskVariables;

/**
 * What the portal does for a customer and a provider, minus the web: places an order (slot held, order saved,
 * service-order instance started with the {@link OrderPlaced} variables and the appointment's timer dates, as the
 * portal's OrderPlacement does), pays it with an approved test card, and tells the engine a provider grabbed it,
 * through the engine's {@link Workflows} port. Messages carry the portal's message ids and time-to-live.
 */
final class OrderClient {

    static final String CUSTOMER_ID = "bench-customer";
    /** A card the simulated gateway approves. */
    static final String APPROVED_CARD = "4242";

    private final OrderChanges orders;
    private final OrderNumbers numbers;
    private final ServiceSlots slots;
    private final Workflows workflows;
    private final Clock clock;

    OrderClient(OrderChanges orders, OrderNumbers numbers, ServiceSlots slots, Workflows workflows, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.slots = slots;
        this.workflows = workflows;
        this.clock = clock;
    }

    /** Places an order for {@code start}; returns its number. */
    String place(ServiceItem service, LocalDateTime start) {
        String orderNumber = numbers.next();
        if (!slots.hold(service, start, orderNumber)) {
            throw new IllegalStateException("slot " + start + " of " + service.id() + " is full");
        }
        ServiceOrder order = orders.place(newOrder(orderNumber, service, start));
        OrderPlaced placed = new OrderPlaced(orderNumber, service.price(), CUSTOMER_ID, service.id(),
                service.category().name(), service.city(), service.durationMinutes(), AppointmentTimes.iso(start),
                order.getPaymentDueAt());
        String instanceId = workflows.start(ServiceOrderProcess.PROCESS_ID, orderNumber, startVariables(placed, start));
        orders.change(orderNumber, saved -> {
            saved.attachProcess(instanceId);
            return true;
        });
        return orderNumber;
    }

    /**
     * The appointment's timer dates the engine cannot compute itself, then the placement's variables as the workers
     * write theirs (so its {@code appointmentStart}, with the platform's offset, is the one that stays).
     */
    private static Map<String, Object> startVariables(OrderPlaced placed, LocalDateTime start) {
        Map<String, Object> variables = new HashMap<>(
                AppointmentProcess.timesOf(start.atZone(AppointmentTimes.ZONE).toInstant()));
        variables.putAll(TaskVariables.write(placed));
        return variables;
    }

    /** A new PENDING order of the benchmark customer, not saved. */
    ServiceOrder newOrder(String orderNumber, ServiceItem service, LocalDateTime start) {
        return ServiceOrder.builder()
                .orderNumber(orderNumber)
                .service(service.id(), service.name(), service.city(), service.price())
                .customer(CUSTOMER_ID, "压测用户", "bench@careflow.local", "zh-CN")
                .contact("压测用户", "13800138000")
                .scheduledAt(start)
                .build(clock);
    }

    /** The port keeps a message until the instance waits for it and drops a repeated id, as the portal relies on. */
    void pay(String orderNumber) {
        int attempt = orders.change(orderNumber, order -> order.submitPayment(APPROVED_CARD, clock)).getPayment()
                .number();
        workflows.send(ServiceOrderProcess.MESSAGE_PAYMENT_SUBMITTED, orderNumber,
                "payment:" + orderNumber + ":" + attempt, Duration.ofHours(1),
                TaskVariables.write(new PaymentSubmitted(APPROVED_CARD, "VISA", attempt)));
    }

    void grabbed(String orderNumber, String providerId) {
        workflows.send(GrabOrderProcess.MESSAGE_ORDER_GRABBED, orderNumber, "grabbed:" + orderNumber,
                Duration.ofMinutes(10), Map.of("providerId", providerId));
    }
}
