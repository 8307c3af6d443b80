package com.careflow.portal.security;

/** Keycloak realm roles, as they arrive in the {@code roles} claim; Spring sees them as {@code ROLE_<role>}. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String PROVIDER = "provider";
    public static final String REVIEWER = "reviewer";
    public static final String ANALYST = "analyst";
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";

    static final String PREFIX = "ROLE_";

    private Roles() {
    }

    public static String authority(String role) {
        return PREFIX + role;
    }
}
