package com.careflow.portal.security;

import java.util.List;

/** Keycloak realm roles, as they arrive in the {@code roles} claim; Spring sees them as {@code ROLE_<role>}. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String PROVIDER = "provider";
    public static final String REVIEWER = "reviewer";
    public static final String ANALYST = "analyst";
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";

    /** CareFlow's own roles, in the order they are listed; Keycloak's (offline_access, default-roles-…) are not. */
    public static final List<String> CAREFLOW = List.of(CUSTOMER, PROVIDER, REVIEWER, ANALYST, FINANCE, ADMIN);

    static final String PREFIX = "ROLE_";

    private Roles() {
    }

    public static String authority(String role) {
        return PREFIX + role;
    }
}
