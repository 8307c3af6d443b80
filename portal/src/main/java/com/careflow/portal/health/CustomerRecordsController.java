package com.careflow.portal.health;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.careflow.portal.security.PortalUser;

/**
 * A customer's records as a provider on a consenting order, or an admin with a reason, reads them. The read is
 * logged for the customer (HealthReadAccess) before anything is shown; a refusal is the 403 page.
 */
@Controller
class CustomerRecordsController {

    private final HealthReadAccess access;
    private final HealthOverview overview;

    CustomerRecordsController(HealthReadAccess access, HealthOverview overview) {
        this.access = access;
        this.overview = overview;
    }

    @GetMapping("/health/customers/{customerId}")
    String records(@PathVariable String customerId, @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal OidcUser oidc, Model model) {
        int period = HealthOverview.period(days);
        model.addAttribute("customerId", customerId);
        model.addAttribute("reason", reason);
        try {
            model.addAttribute("accessReason", access.open(PortalUser.of(oidc), customerId, reason,
                    "overview " + period + "d"));
        }
        catch (HealthReadAccess.ReasonRequiredException e) {
            model.addAttribute("reasonMissing", reason != null);
            return "health/reason";
        }
        overview.addTo(model, customerId, period);
        return "health/customer";
    }
}
