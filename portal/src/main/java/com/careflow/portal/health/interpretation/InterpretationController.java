package com.careflow.portal.health.interpretation;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.careflow.domain.health.interpretation.Interpretation;
import com.careflow.portal.security.PortalUser;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The customer's AI interpretations of their readings (/health/interpretations): the list with the request form
 * (7, 30 or 90 days), and one interpretation, which shows "interpreting…" until the ai worker stored it
 * (static/js/health-interpretation.js asks /api/health/interpretations/{id} and reloads when it is ready).
 */
@Controller
class InterpretationController {

    private final InterpretationDesk desk;

    InterpretationController(InterpretationDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/health/interpretations")
    String list(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("interpretations", desk.mine(PortalUser.of(user).id()));
        model.addAttribute("periods", Interpretation.PERIODS);
        return "health/interpretation/list";
    }

    @PostMapping("/health/interpretations")
    String request(@RequestParam(required = false) String period, @AuthenticationPrincipal OidcUser user,
            Locale locale, Model model, HttpServletResponse response) {
        Integer days = parse(period);
        if (days == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("periodError", "health.interpretation.period.invalid");
            return list(user, model);
        }
        Interpretation request = desk.request(PortalUser.of(user).id(), days, locale);
        return "redirect:/health/interpretations/" + request.id();
    }

    @GetMapping("/health/interpretations/{id}")
    String show(@PathVariable String id, @AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("interpretation", desk.mine(PortalUser.of(user).id(), id));
        return "health/interpretation/detail";
    }

    /** What the page's script waits for: the status only. */
    @GetMapping("/api/health/interpretations/{id}")
    @ResponseBody
    Map<String, Object> status(@PathVariable String id, @AuthenticationPrincipal OidcUser user) {
        Interpretation interpretation = desk.mine(PortalUser.of(user).id(), id);
        return Map.of("id", interpretation.id(), "status", interpretation.status().name());
    }

    private static Integer parse(String period) {
        try {
            int days = Integer.parseInt(period == null ? "" : period.strip());
            return Interpretation.PERIODS.contains(days) ? days : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
