package com.careflow.portal.security;

import java.util.Collections;
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
        String name = firstNonBlank(user.getFullName(), user.getPreferredUsername(), user.getSubject());
        SortedSet<String> roles = new TreeSet<>();
        for (GrantedAuthority authority : user.getAuthorities()) {
            String granted = authority.getAuthority();
            if (granted != null && granted.startsWith(Roles.PREFIX)) {
                roles.add(granted.substring(Roles.PREFIX.length()));
            }
        }
        return new PortalUser(user.getSubject(), name, user.getEmail(), Collections.unmodifiableSortedSet(roles));
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    /** Whether this user may see a record filed under {@code ownerId}: their own, or anything for an admin. */
    public boolean maySee(String ownerId) {
        return isAdmin() || id.equals(ownerId);
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
