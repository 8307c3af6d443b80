package com.careflow.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.order.OrderNumbers;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;
import com.careflow.domain.process.ServiceOrderProcess;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;

/**
 * What the portal does for a customer and a provider, minus the web: places an order (slot held, order saved,
 * service-order instance started with the {@link OrderPlaced} variables, as the portal's OrderPlacement does), pays
 * it with an approved test card, and tells the engine a provider grabbed it. Messages carry the portal's message ids
 * and time-to-live.
 */
final class OrderClient {

    static final String CUSTOMER_ID = "bench-customer";
    /** A card the simulated gateway approves. */
    static final PaymentSubmitted APPROVED_CARD = new PaymentSubmitted("4242", "VISA");

    private final Orders orders;
    private final OrderNumbers numbers;
    private final ServiceSlots slots;
    private final CamundaClient camunda;
    private final Clock clock;

    OrderClient(Orders orders, OrderNumbers numbers, ServiceSlots slots, CamundaClient camunda, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.slots = slots;
        this.camunda = camunda;
        this.clock = clock;
    }

    /** Places an order for {@code start}; returns its number. */
    String place(ServiceItem service, LocalDateTime start) {
        String orderNumber = numbers.next();
        if (!slots.hold(service, start, orderNumber)) {
            throw new IllegalStateException("slot " + start + " of " + service.id() + " is full");
        }
        ServiceOrder order = orders.save(newOrder(orderNumber, service, start));
        long key = camunda.newCreateInstanceCommand()
                .bpmnProcessId(ServiceOrderProcess.PROCESS_ID)
                .latestVersion()
                .variables(new OrderPlaced(orderNumber, service.price(), CUSTOMER_ID, service.id(),
                        service.category().name(), service.city(), service.durationMinutes(),
                        AppointmentTimes.iso(start)))
                .send().join()
                .getProcessInstanceKey();
        order.attachProcess(key);
        orders.save(order);
        return orderNumber;
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

    void pay(String orderNumber) {
        publish(ServiceOrderProcess.MESSAGE_PAYMENT_SUBMITTED, orderNumber, "payment:" + orderNumber,
                Duration.ofHours(1), APPROVED_CARD);
    }

    void grabbed(String orderNumber, String providerId) {
        publish(GrabOrderProcess.MESSAGE_ORDER_GRABBED, orderNumber, "grabbed:" + orderNumber,
                Duration.ofMinutes(10), Map.of("providerId", providerId));
    }

    private void publish(String message, String orderNumber, String messageId, Duration ttl, Object variables) {
        try {
            camunda.newPublishMessageCommand()
                    .messageName(message)
                    .correlationKey(orderNumber)
                    .messageId(messageId)
                    .timeToLive(ttl)
                    .variables(variables)
                    .send().join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
            // already buffered under this id: the engine deduplicated it, as the portal relies on
        }
    }
}
