package com.careflow.portal.provider;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.careflow.domain.assignment.GrabOutcome;
import com.careflow.portal.provider.ProviderOffers.OfferView;

/**
 * The provider's live offers list (static/js/provider-offers.js polls it), the grab, and the statuses of their
 * orders (static/js/provider-orders.js). A grab that did not win
 * is a 409 problem document whose detail says why in the page language and whose {@code outcome} says it for
 * scripts.
 */
@RestController
class ProviderApiController {

    private final ProviderOffers offers;
    private final ProviderOrders orders;

    ProviderApiController(ProviderOffers offers, ProviderOrders orders) {
        this.offers = offers;
        this.orders = orders;
    }

    /** Statuses of the provider's orders; the orders page reloads when one changes (after a check-in, say). */
    @GetMapping("/api/provider/orders")
    List<OrderStatusRow> orders(@AuthenticationPrincipal OidcUser user) {
        return orders.of(user.getSubject()).stream()
                .map(order -> new OrderStatusRow(order.getOrderNumber(), order.getStatus().name()))
                .toList();
    }

    @GetMapping("/api/provider/offers")
    List<OfferView> offers(@AuthenticationPrincipal OidcUser user, Locale locale) {
        return offers.openFor(user.getSubject(), locale);
    }

    @PostMapping("/api/provider/offers/{orderNumber}/grab")
    ResponseEntity<?> grab(@PathVariable String orderNumber, @AuthenticationPrincipal OidcUser user, Locale locale) {
        GrabOutcome outcome = offers.grab(orderNumber, user.getSubject());
        String message = offers.describe(outcome, locale);
        if (outcome == GrabOutcome.WON) {
            return ResponseEntity.ok(Map.of("outcome", outcome.name(), "orderNumber", orderNumber, "message", message));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        problem.setTitle(title(outcome));
        problem.setProperty("outcome", outcome.name());
        problem.setProperty("orderNumber", orderNumber);
        problem.setInstance(URI.create("/api/provider/offers/" + orderNumber + "/grab"));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    record OrderStatusRow(String orderNumber, String status) {
    }

    /** Problem titles are for developers and stay English; the detail is the provider's language. */
    private static String title(GrabOutcome outcome) {
        return switch (outcome) {
            case ALREADY_TAKEN -> "Already taken";
            case NOT_ELIGIBLE -> "Not eligible";
            case NOT_CERTIFIED -> "Not certified";
            case PROVIDER_BUSY -> "Provider busy";
            case NOT_OPEN, WON -> "Offer not open";
        };
    }
}
