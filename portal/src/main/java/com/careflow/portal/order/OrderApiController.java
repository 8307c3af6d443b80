package com.careflow.portal.order;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.careflow.portal.order.OrderViews.OrderStatusView;
import com.careflow.portal.security.PortalUser;

/** Live order status for the order page's script (static/js/order-status.js). */
@RestController
class OrderApiController {

    private final CustomerOrders orders;
    private final OrderViews views;

    OrderApiController(CustomerOrders orders, OrderViews views) {
        this.orders = orders;
        this.views = views;
    }

    @GetMapping("/api/orders/{orderNumber}")
    OrderStatusView status(@PathVariable String orderNumber, @AuthenticationPrincipal OidcUser user, Locale locale) {
        return views.status(orders.get(orderNumber, PortalUser.of(user)), locale);
    }
}
