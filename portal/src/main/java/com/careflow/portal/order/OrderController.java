package com.careflow.portal.order;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.PaymentNotAcceptedException;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.security.PortalUser;

/** Ordering a service, the customer's orders, and paying for one; the order page itself is {@link OrderPage}. */
@Controller
class OrderController {

    static final String ORDER_FORM = "orderForm";
    static final String PAYMENT_FORM = "paymentForm";
    /** Model attribute: message key of why a payment was not taken. */
    static final String PAYMENT_REFUSED = "paymentRefused";
    /** Flash attribute: message key of a notice for the order page. */
    static final String NOTICE = "notice";
    /**
     * Request parameter of the "show times" button: without JavaScript the slots of another day come from the
     * server, by sending the form back without placing anything.
     */
    static final String SHOW_SLOTS = "showSlots";

    private final ServiceItems services;
    private final CustomerOrders orders;
    private final OrderPlacement placement;
    private final AppointmentSlots slots;
    private final OrderPage page;
    private final Clock clock;

    OrderController(ServiceItems services, CustomerOrders orders, OrderPlacement placement, AppointmentSlots slots,
            OrderPage page, Clock clock) {
        this.services = services;
        this.orders = orders;
        this.placement = placement;
        this.slots = slots;
        this.page = page;
        this.clock = clock;
    }

    @InitBinder(PAYMENT_FORM)
    void paymentFormRules(WebDataBinder binder) {
        binder.addValidators(new PaymentFormValidator(clock));
    }

    @GetMapping("/orders")
    String list(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("orders", orders.of(PortalUser.of(user)));
        return "order/list";
    }

    @GetMapping("/orders/new")
    String newOrder(@RequestParam("service") String serviceId, @AuthenticationPrincipal OidcUser user,
            Locale locale, Model model) {
        ServiceItem service = services.findByIdAndActiveTrue(serviceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No active service " + serviceId));
        OrderForm form = new OrderForm();
        form.setServiceId(service.id());
        form.setContactName(PortalUser.of(user).name());
        form.setDate(slots.firstDayWithRoom(service));
        model.addAttribute(ORDER_FORM, form);
        return orderForm(Optional.of(service), form, locale, model);
    }

    /** Without JavaScript: the same form again, with the slots of the date just picked; nothing is checked yet. */
    @PostMapping(value = "/orders", params = SHOW_SLOTS)
    String showSlots(@ModelAttribute(ORDER_FORM) OrderForm form, BindingResult result, Locale locale, Model model) {
        return orderForm(Optional.ofNullable(form.getServiceId()).flatMap(services::findByIdAndActiveTrue), form,
                locale, model);
    }

    @PostMapping("/orders")
    String placeOrder(@Valid @ModelAttribute(ORDER_FORM) OrderForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser user, Locale locale, Model model) {
        Optional<ServiceItem> service = Optional.ofNullable(form.getServiceId())
                .flatMap(services::findByIdAndActiveTrue);
        if (service.isEmpty() && !result.hasFieldErrors("serviceId")) {
            result.rejectValue("serviceId", "order.service.unavailable");
        }
        service.ifPresent(item -> slots.validate(item, form.getDate(), form.getSlot(), result));
        if (result.hasErrors()) {
            return orderForm(service, form, locale, model);
        }
        try {
            ServiceOrder order = placement.place(service.get(), form, Customer.of(PortalUser.of(user), locale));
            return "redirect:/orders/" + order.getOrderNumber();
        }
        catch (SlotTakenException e) {
            result.rejectValue("slot", "order.slot.full");
        }
        catch (OrderServiceUnavailableException e) {
            result.reject("order.unavailable");
        }
        return orderForm(service, form, locale, model);
    }

    @GetMapping("/orders/{orderNumber}")
    String order(@PathVariable String orderNumber, @AuthenticationPrincipal OidcUser user, Locale locale,
            Model model) {
        return page.show(orders.get(orderNumber, PortalUser.of(user)), locale, model);
    }

    @PostMapping("/orders/{orderNumber}/payment")
    String pay(@PathVariable String orderNumber, @Valid @ModelAttribute(PAYMENT_FORM) PaymentForm form,
            BindingResult result, @AuthenticationPrincipal OidcUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        ServiceOrder order = orders.get(orderNumber, PortalUser.of(user));
        if (order.getStatus() != OrderStatus.PENDING) {
            redirect.addFlashAttribute(NOTICE, "payment.notPending");
            return redirectTo(order);
        }
        if (result.hasErrors()) {
            return page.show(order, locale, model);
        }
        try {
            placement.submitPayment(order, form);
        }
        catch (PaymentNotAcceptedException e) {
            // in the form when it is offered, beside it when another payment in flight keeps it away
            result.reject("payment.notAccepted." + e.reason());
            model.addAttribute(PAYMENT_REFUSED, "payment.notAccepted." + e.reason());
            return page.show(orders.get(orderNumber, PortalUser.of(user)), locale, model);
        }
        catch (OrderServiceUnavailableException e) {
            result.reject("payment.unavailable");
            return page.show(orders.get(orderNumber, PortalUser.of(user)), locale, model);
        }
        // the order now shows the attempt as processing; the page follows it live
        return redirectTo(order);
    }

    /**
     * A page with form errors has the address the form posted to; switching the language there reloads it with
     * GET, which lands on the order page rather than on an error.
     */
    @GetMapping({ "/orders/{orderNumber}/payment", "/orders/{orderNumber}/cancel", "/orders/{orderNumber}/reschedule",
            "/orders/{orderNumber}/complaint" })
    String backToOrder(@PathVariable String orderNumber) {
        return "redirect:/orders/" + orderNumber;
    }

    private String orderForm(Optional<ServiceItem> service, OrderForm form, Locale locale, Model model) {
        model.addAttribute("service", service.orElse(null));
        model.addAttribute("earliest", slots.today());
        model.addAttribute("latest", slots.lastBookableDay());
        model.addAttribute("horizonDays", AppointmentSlots.BOOKING_HORIZON_DAYS);
        LocalDate day = form.getDate() != null ? form.getDate() : slots.today();
        model.addAttribute("slots", service.map(item -> slots.options(item, day, locale)).orElse(List.of()));
        return "order/form";
    }

    static String redirectTo(ServiceOrder order) {
        return "redirect:/orders/" + order.getOrderNumber();
    }
}
