package com.careflow.portal.operations;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import com.careflow.domain.order.ComplaintStatus;
import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.order.OrderProcess;
import com.careflow.portal.security.PortalUser;

/**
 * Open complaints and their decision. The decision is checked on the order first (only an open complaint can be
 * decided), then the process is told (an approval refunds the order there), then the order is saved: if the
 * engine cannot be reached, nothing changed and the operator can decide again.
 */
@Component
class ComplaintDesk {

    private final Orders orders;
    private final OrderChanges changes;
    private final OrderProcess process;
    private final Clock clock;

    ComplaintDesk(Orders orders, OrderChanges changes, OrderProcess process, Clock clock) {
        this.orders = orders;
        this.changes = changes;
        this.process = process;
        this.clock = clock;
    }

    List<ServiceOrder> open() {
        return orders.findByComplaintStatusOrderByCreatedAtDesc(ComplaintStatus.OPEN);
    }

    /** @return false when the complaint was already decided (nothing changed) */
    boolean decide(String orderNumber, boolean approved, PortalUser operator) {
        ServiceOrder order = orders.findById(orderNumber)
                .filter(o -> o.getComplaint() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint on " + orderNumber));
        if (!order.getComplaint().isOpen()) {
            return false;
        }
        order.decideComplaint(approved, operator.id(), operator.name(), clock); // refused here, before the process
        process.complaintDecided(orderNumber, approved);
        changes.change(orderNumber, saved -> {
            saved.decideComplaint(approved, operator.id(), operator.name(), clock);
            return true;
        });
        return true;
    }
}
