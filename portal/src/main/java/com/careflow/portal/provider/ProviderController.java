package com.careflow.portal.provider;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.careflow.domain.assignment.GrabOutcome;
import com.careflow.domain.order.ServiceOrder;

/**
 * The provider's area: open offers to grab (the list refreshes itself, see static/js/provider-offers.js) and the
 * orders they were assigned, with check-in and completion. The form posts here work without JavaScript.
 */
@Controller
class ProviderController {

    private static final Logger log = LoggerFactory.getLogger(ProviderController.class);

    static final String NOTICE = "notice";
    static final String GRAB_OUTCOME = "grabOutcome";

    private final ProviderOffers offers;
    private final ProviderOrders orders;

    ProviderController(ProviderOffers offers, ProviderOrders orders) {
        this.offers = offers;
        this.orders = orders;
    }

    @GetMapping("/provider/offers")
    String offers(@AuthenticationPrincipal OidcUser user, Locale locale, Model model) {
        model.addAttribute("offers", offers.openFor(user.getSubject(), locale));
        return "provider/offers";
    }

    /** The no-script grab: same claim as the API, the outcome shown on the offers page. */
    @PostMapping("/provider/offers/{orderNumber}/grab")
    String grab(@PathVariable String orderNumber, @AuthenticationPrincipal OidcUser user, Locale locale,
            RedirectAttributes redirect) {
        GrabOutcome outcome = offers.grab(orderNumber, user.getSubject());
        redirect.addFlashAttribute(GRAB_OUTCOME, outcome.name());
        redirect.addFlashAttribute("grabMessage", offers.describe(outcome, locale));
        return "redirect:/provider/offers";
    }

    @GetMapping("/provider/orders")
    String orders(@AuthenticationPrincipal OidcUser user, Model model) {
        List<ServiceOrder> assigned = orders.of(user.getSubject());
        model.addAttribute("orders", assigned);
        model.addAttribute("checkInOpen", assigned.stream().filter(orders::mayCheckIn)
                .map(ServiceOrder::getOrderNumber).collect(Collectors.toSet()));
        return "provider/orders";
    }

    @PostMapping("/provider/orders/{orderNumber}/check-in")
    String checkIn(@PathVariable String orderNumber, @AuthenticationPrincipal OidcUser user,
            RedirectAttributes redirect) {
        return act(redirect, () -> orders.checkIn(orderNumber, user.getSubject()), orderNumber);
    }

    @PostMapping("/provider/orders/{orderNumber}/complete")
    String complete(@PathVariable String orderNumber, @AuthenticationPrincipal OidcUser user,
            RedirectAttributes redirect) {
        return act(redirect, () -> orders.complete(orderNumber, user.getSubject()), orderNumber);
    }

    /** Runs an action and shows its notice; an unreachable engine is a notice too, the provider can retry. */
    private static String act(RedirectAttributes redirect, Supplier<String> action,
            String orderNumber) {
        String notice;
        try {
            notice = action.get();
        }
        catch (ResponseStatusException e) {
            throw e;
        }
        catch (RuntimeException e) {
            log.warn("Could not pass the provider's action on order {} to the process", orderNumber, e);
            notice = "provider.action.unavailable";
        }
        redirect.addFlashAttribute(NOTICE, notice);
        return "redirect:/provider/orders";
    }
}
