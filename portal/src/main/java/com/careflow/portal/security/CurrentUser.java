package com.careflow.portal.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user's name for the page header ({@code ${@currentUser.name(#authentication)}}): the same
 * {@linkplain PortalUser#name() display name} the pages use (王芳, family name first), not Keycloak's {@code name}
 * claim ("芳 王").
 * Declared in {@link SecurityConfig} (as {@code currentUser}), so that every page and web slice has it.
 */
public class CurrentUser {

    public String name(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return PortalUser.of(user).name();
        }
        return authentication.getName();
    }
}
