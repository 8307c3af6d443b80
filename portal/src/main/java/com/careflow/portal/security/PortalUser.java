package com.careflow.portal.security;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as the portal needs them. The id is the OIDC subject: stable across renames, and the key
 * orders and notifications are filed under. Roles are the realm roles, without the {@code ROLE_} prefix.
 */
public record PortalUser(String id, String name, String email, Set<String> roles) {

    public static PortalUser of(OidcUser user) {
        String name = firstNonBlank(displayName(user.getGivenName(), user.getFamilyName()), user.getFullName(),
                user.getPreferredUsername(), user.getSubject());
        SortedSet<String> roles = new TreeSet<>();
        for (GrantedAuthority authority : user.getAuthorities()) {
            String granted = authority.getAuthority();
            if (granted != null && granted.startsWith(Roles.PREFIX)) {
                roles.add(granted.substring(Roles.PREFIX.length()));
            }
        }
        return new PortalUser(user.getSubject(), name, user.getEmail(), Collections.unmodifiableSortedSet(roles));
    }

    /** CareFlow's roles among the realm roles (Keycloak's own, such as offline_access, left out), in list order. */
    public List<String> careflowRoles() {
        return Roles.CAREFLOW.stream().filter(roles::contains).toList();
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    /** Whether this user may see a record filed under {@code ownerId}: their own, or anything for an admin. */
    public boolean maySee(String ownerId) {
        return isAdmin() || id.equals(ownerId);
    }

    /**
     * Chinese names read family name first and without a space (王芳), where Keycloak's {@code name} claim says
     * "芳 王"; other names keep the given-name-first form.
     */
    static String displayName(String given, String family) {
        if (given == null || given.isBlank() || family == null || family.isBlank()) {
            return null;
        }
        return isHan(given) || isHan(family) ? family.strip() + given.strip() : given.strip() + " " + family.strip();
    }

    private static boolean isHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
