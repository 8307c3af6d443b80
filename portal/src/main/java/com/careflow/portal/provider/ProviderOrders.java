package com.careflow.portal.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.order.OrderProcess;

/**
 * A provider's assigned orders and what they do with them: check in on arrival, mark the service delivered. Both
 * are messages to the order's process; its workers change the order (IN_PROGRESS, COMPLETED), so the order
 * document is written once, by the step that owns the change.
 */
@Component
class ProviderOrders {

    /** Providers can check in from half an hour before the start (they arrive early; traffic). */
    static final Duration CHECK_IN_OPENS = Duration.ofMinutes(30);

    private final Orders orders;
    private final OrderProcess process;
    private final Clock clock;

    ProviderOrders(Orders orders, OrderProcess process, Clock clock) {
        this.orders = orders;
        this.process = process;
        this.clock = clock;
    }

    List<ServiceOrder> of(String providerId) {
        return orders.findByProviderIdOrderByScheduledAtAsc(providerId);
    }

    boolean mayCheckIn(ServiceOrder order) {
        return order.getStatus() == OrderStatus.CONFIRMED
                && !LocalDateTime.now(clock).isBefore(order.getAppointmentStart().minus(CHECK_IN_OPENS));
    }

    static boolean mayComplete(ServiceOrder order) {
        return order.getStatus() == OrderStatus.IN_PROGRESS;
    }

    /** @return the message key of the notice for the provider */
    String checkIn(String orderNumber, String providerId) {
        ServiceOrder order = get(orderNumber, providerId);
        if (order.getStatus() != OrderStatus.CONFIRMED) {
            return "provider.checkIn.notConfirmed";
        }
        if (!mayCheckIn(order)) {
            return "provider.checkIn.tooEarly";
        }
        process.providerCheckedIn(orderNumber);
        return "provider.checkIn.done";
    }

    /** @return the message key of the notice for the provider */
    String complete(String orderNumber, String providerId) {
        ServiceOrder order = get(orderNumber, providerId);
        if (!mayComplete(order)) {
            return "provider.complete.notInProgress";
        }
        process.serviceCompleted(orderNumber);
        return "provider.complete.done";
    }

    /** Someone else's order is as absent as a missing one. */
    ServiceOrder get(String orderNumber, String providerId) {
        return orders.findById(orderNumber)
                .filter(order -> providerId.equals(order.getProviderId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderNumber));
    }
}
