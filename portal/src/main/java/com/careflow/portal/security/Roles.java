package com.careflow.portal.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Keycloak realm roles, as they arrive in the {@code roles} claim; Spring sees them as {@code ROLE_<role>}. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String PROVIDER = "provider";
    public static final String REVIEWER = "reviewer";
    public static final String ANALYST = "analyst";
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";
    /** Health consultants: they call customers back after a crisis reading (the health-alert process). */
    public static final String CONSULTANT = "consultant";

    /** CareFlow's own roles, in the order they are listed; Keycloak's (offline_access, default-roles-…) are not. */
    public static final List<String> CAREFLOW = List.of(CUSTOMER, PROVIDER, REVIEWER, ANALYST, FINANCE,
            CONSULTANT, ADMIN);

    static final String PREFIX = "ROLE_";

    private Roles() {
    }

    public static String authority(String role) {
        return PREFIX + role;
    }

    /**
     * Whether the user holds one of {@code roles} as given by Keycloak: the role hierarchy is not applied, so an
     * admin is not taken for a customer here (use it to tell staff apart, not to grant access).
     */
    public static boolean holdsAnyOf(Authentication authentication, String... roles) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        List<String> wanted = Arrays.stream(roles).map(Roles::authority).toList();
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::contains);
    }
}
