package com.careflow.portal.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.security.PortalUser;

/** Ordering a service, the customer's orders, one order's page and paying for it. */
@Controller
class OrderController {

    static final String ORDER_FORM = "orderForm";
    static final String PAYMENT_FORM = "paymentForm";
    /** Flash attribute: the payment went to the engine; the page shows "processing" until the status moves. */
    static final String PAYMENT_SUBMITTED = "paymentSubmitted";
    /** Flash attribute: message key of a notice for the order page. */
    static final String NOTICE = "notice";

    private static final DateTimeFormatter DATETIME_LOCAL = DateTimeFormatter.ofPattern(OrderForm.DATETIME_LOCAL);

    private final ServiceItems services;
    private final CustomerOrders orders;
    private final OrderPlacement placement;
    private final OrderViews views;
    private final Clock clock;

    OrderController(ServiceItems services, CustomerOrders orders, OrderPlacement placement, OrderViews views,
            Clock clock) {
        this.services = services;
        this.orders = orders;
        this.placement = placement;
        this.views = views;
        this.clock = clock;
    }

    @InitBinder(ORDER_FORM)
    void orderFormRules(WebDataBinder binder) {
        binder.addValidators(new OrderFormValidator(clock));
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
            Model model) {
        ServiceItem service = services.findByIdAndActiveTrue(serviceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No active service " + serviceId));
        OrderForm form = new OrderForm();
        form.setServiceId(service.id());
        form.setContactName(PortalUser.of(user).name());
        model.addAttribute(ORDER_FORM, form);
        return orderForm(Optional.of(service), model);
    }

    @PostMapping("/orders")
    String placeOrder(@Valid @ModelAttribute(ORDER_FORM) OrderForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser user, Locale locale, Model model) {
        Optional<ServiceItem> service = Optional.ofNullable(form.getServiceId())
                .flatMap(services::findByIdAndActiveTrue);
        if (service.isEmpty() && !result.hasFieldErrors("serviceId")) {
            result.rejectValue("serviceId", "order.service.unavailable");
        }
        if (result.hasErrors()) {
            return orderForm(service, model);
        }
        try {
            ServiceOrder order = placement.place(service.get(), form, Customer.of(PortalUser.of(user), locale));
            return "redirect:/orders/" + order.getOrderNumber();
        }
        catch (OrderServiceUnavailableException e) {
            result.reject("order.unavailable");
            return orderForm(service, model);
        }
    }

    @GetMapping("/orders/{orderNumber}")
    String order(@PathVariable String orderNumber, @AuthenticationPrincipal OidcUser user, Locale locale,
            Model model) {
        if (!model.containsAttribute(PAYMENT_FORM)) {
            model.addAttribute(PAYMENT_FORM, new PaymentForm());
        }
        return orderPage(orders.get(orderNumber, PortalUser.of(user)), locale, model);
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
            return orderPage(order, locale, model);
        }
        try {
            placement.submitPayment(order, form);
        }
        catch (OrderServiceUnavailableException e) {
            result.reject("payment.unavailable");
            return orderPage(order, locale, model);
        }
        redirect.addFlashAttribute(PAYMENT_SUBMITTED, true);
        return redirectTo(order);
    }

    /**
     * A page with payment errors has this address; switching the language there reloads it with GET, which lands
     * on the order page rather than on an error.
     */
    @GetMapping("/orders/{orderNumber}/payment")
    String paymentPage(@PathVariable String orderNumber) {
        return "redirect:/orders/" + orderNumber;
    }

    private String orderForm(Optional<ServiceItem> service, Model model) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        model.addAttribute("service", service.orElse(null));
        model.addAttribute("earliest", DATETIME_LOCAL.format(now));
        model.addAttribute("latest", DATETIME_LOCAL.format(now.plusDays(OrderFormValidator.BOOKING_HORIZON_DAYS)));
        return "order/form";
    }

    private String orderPage(ServiceOrder order, Locale locale, Model model) {
        model.addAttribute("order", order);
        model.addAttribute("statusLabel", views.statusLabel(order.getStatus(), locale));
        model.addAttribute("timeline", views.timeline(order, locale));
        model.addAttribute("payable", order.getStatus() == OrderStatus.PENDING);
        return "order/detail";
    }

    private static String redirectTo(ServiceOrder order) {
        return "redirect:/orders/" + order.getOrderNumber();
    }
}
