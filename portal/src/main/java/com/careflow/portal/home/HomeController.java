package com.careflow.portal.home;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.portal.security.PortalUser;

/** The home page (staff are sent on to theirs), and the signed-in user's own profile. */
@Controller
class HomeController {

    static final int FEATURED = 4;

    private final ServiceItems services;

    HomeController(ServiceItems services) {
        this.services = services;
    }

    /** Staff go on to their landing page (signing in ends here too, unless a page sent them to sign in). */
    @GetMapping("/")
    String home(Authentication user, Model model) {
        Optional<String> landing = Landing.of(user);
        if (landing.isPresent()) {
            return "redirect:" + landing.get();
        }
        model.addAttribute("featured", featured());
        return "home/index";
    }

    @GetMapping("/me")
    String me(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("profile", PortalUser.of(user));
        return "home/me";
    }

    /** The cheapest service of each category, in the enum's order: a cross-section of what the platform offers. */
    private List<ServiceItem> featured() {
        Map<ServiceCategory, ServiceItem> firstPerCategory = new EnumMap<>(ServiceCategory.class);
        for (ServiceItem item : services.findByActiveTrueOrderByCategoryAscPriceAsc()) {
            firstPerCategory.putIfAbsent(item.category(), item);
        }
        return firstPerCategory.values().stream().limit(FEATURED).toList();
    }
}
