package com.careflow.portal.provider;

import java.time.Clock;
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

    /** The order's own rule: from {@link ServiceOrder#CHECK_IN_OPENS} before the start. */
    boolean mayCheckIn(ServiceOrder order) {
        return order.mayCheckIn(clock);
    }

    /** The order's own rule: checked in, and the appointment has started. */
    boolean mayComplete(ServiceOrder order) {
        return order.mayComplete(clock);
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
        if (order.getStatus() != OrderStatus.IN_PROGRESS) {
            return "provider.complete.notInProgress";
        }
        if (!mayComplete(order)) {
            return "provider.complete.tooEarly";
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
