package com.careflow.portal.order;

import java.util.List;

import org.springframework.stereotype.Component;

import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.security.PortalUser;

/** The orders a signed-in user may see: their own; an admin may open anyone's. */
@Component
class CustomerOrders {

    private final Orders orders;

    CustomerOrders(Orders orders) {
        this.orders = orders;
    }

    List<ServiceOrder> of(PortalUser user) {
        return orders.findByCustomerIdOrderByCreatedAtDesc(user.id());
    }

    ServiceOrder get(String orderNumber, PortalUser user) {
        return orders.findById(orderNumber)
                .filter(order -> user.maySee(order.getCustomerId()))
                .orElseThrow(() -> new OrderNotFoundException(orderNumber));
    }
}
