package com.careflow.portal.health.alert;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.careflow.domain.health.alert.HealthAlerts;
import com.careflow.portal.security.PortalUser;

/** The customer's crisis readings and what came of each call-back (/health/alerts): their own only. */
@Controller
class HealthAlertController {

    private final HealthAlerts alerts;

    HealthAlertController(HealthAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/health/alerts")
    String list(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("alerts", alerts.findTop50ByCustomerIdOrderByRaisedAtDesc(PortalUser.of(user).id()));
        return "health/alert/list";
    }
}
