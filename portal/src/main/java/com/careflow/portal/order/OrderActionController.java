package com.careflow.portal.order;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.security.PortalUser;

/**
 * The customer's actions on the order page: cancel, reschedule, complain. Each answers with the order page: a
 * redirect with a notice when done, the page with field errors when the input cannot be used.
 */
@Controller
class OrderActionController {

    private final CustomerOrders orders;
    private final CustomerActions actions;
    private final AppointmentSlots slots;
    private final ServiceItems services;
    private final OrderPage page;
    private final Clock clock;

    OrderActionController(CustomerOrders orders, CustomerActions actions, AppointmentSlots slots,
            ServiceItems services, OrderPage page, Clock clock) {
        this.orders = orders;
        this.actions = actions;
        this.slots = slots;
        this.services = services;
        this.page = page;
        this.clock = clock;
    }

    @PostMapping("/orders/{orderNumber}/cancel")
    String cancel(@PathVariable String orderNumber, @AuthenticationPrincipal OidcUser user,
            RedirectAttributes redirect) {
        PortalUser customer = PortalUser.of(user);
        ServiceOrder order = orders.get(orderNumber, customer);
        if (!CustomerActions.mayCancel(order)) {
            return notice(redirect, order, "order.cancel.notAllowed");
        }
        try {
            actions.requestCancel(order, customer.id());
        }
        catch (OrderServiceUnavailableException e) {
            return notice(redirect, order, "order.cancel.unavailable");
        }
        return notice(redirect, order, "order.cancel.requested");
    }

    /** Without JavaScript: the order page again, with the slots of the date just picked. */
    @PostMapping(value = "/orders/{orderNumber}/reschedule", params = OrderController.SHOW_SLOTS)
    String showSlots(@PathVariable String orderNumber,
            @ModelAttribute(OrderPage.RESCHEDULE_FORM) RescheduleForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser user, Locale locale, Model model) {
        return page.show(orders.get(orderNumber, PortalUser.of(user)), locale, model);
    }

    @PostMapping("/orders/{orderNumber}/reschedule")
    String reschedule(@PathVariable String orderNumber,
            @Valid @ModelAttribute(OrderPage.RESCHEDULE_FORM) RescheduleForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser user, Locale locale, Model model, RedirectAttributes redirect) {
        PortalUser customer = PortalUser.of(user);
        ServiceOrder order = orders.get(orderNumber, customer);
        Optional<ServiceItem> service = services.findById(order.getServiceId());
        if (service.isEmpty() || order.getStatus() != OrderStatus.CONFIRMED) {
            return notice(redirect, order, "order.reschedule.notAllowed");
        }
        if (!CustomerActions.mayReschedule(order, clock)) {
            result.rejectValue("slot", "order.reschedule.tooLate");
            return page.show(order, locale, model);
        }
        if (!slots.validate(service.get(), form.getDate(), form.getSlot(), result)) {
            return page.show(order, locale, model);
        }
        try {
            actions.reschedule(order, service.get(), form.appointmentStart(), customer.id())
                    .ifPresent(code -> result.rejectValue("slot", code));
        }
        catch (OrderServiceUnavailableException e) {
            result.reject("order.reschedule.unavailable");
        }
        if (result.hasErrors()) {
            // the order object may carry the attempted move; show the stored one
            return page.show(orders.get(orderNumber, customer), locale, model);
        }
        return notice(redirect, order, "order.reschedule.done");
    }

    @PostMapping("/orders/{orderNumber}/complaint")
    String complain(@PathVariable String orderNumber,
            @Valid @ModelAttribute(OrderPage.COMPLAINT_FORM) ComplaintForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser user, Locale locale, Model model, RedirectAttributes redirect) {
        PortalUser customer = PortalUser.of(user);
        ServiceOrder order = orders.get(orderNumber, customer);
        if (!order.canFileComplaint(clock)) {
            return notice(redirect, order, "order.complaint.notAllowed");
        }
        if (result.hasErrors()) {
            return page.show(order, locale, model);
        }
        try {
            actions.fileComplaint(order, form.getReason(), customer.id());
        }
        catch (OrderServiceUnavailableException e) {
            result.reject("order.complaint.unavailable");
            return page.show(orders.get(orderNumber, customer), locale, model);
        }
        return notice(redirect, order, "order.complaint.filed");
    }

    private static String notice(RedirectAttributes redirect, ServiceOrder order, String key) {
        redirect.addFlashAttribute(OrderController.NOTICE, key);
        return OrderController.redirectTo(order);
    }
}
