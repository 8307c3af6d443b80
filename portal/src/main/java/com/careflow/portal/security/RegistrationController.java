package com.careflow.portal.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Register" sends the visitor to Keycloak's own registration page (see {@link PortalAuthorizationRequestResolver}). */
@Controller
class RegistrationController {

    @GetMapping("/register")
    String register() {
        return "redirect:" + SecurityConfig.LOGIN + "?" + PortalAuthorizationRequestResolver.REGISTER_PARAM;
    }
}
