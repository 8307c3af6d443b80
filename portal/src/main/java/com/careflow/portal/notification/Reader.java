package com.careflow.portal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.careflow.portal.security.PortalUser;

/**
 * Whose notifications a page shows: the signed-in user's own (filed under their id) and their groups' (filed under
 * {@code group:<role>} for each realm role they hold, e.g. a new review task for {@code group:reviewer}).
 */
record Reader(String id, Set<String> roles) {

    /** Recipient id prefix of notices for everyone holding a role (the notify worker's task alerts file them so). */
    static final String GROUP = "group:";

    /** The signed-in OIDC user; null for anyone else. */
    static Reader of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        PortalUser portalUser = PortalUser.of(user);
        return new Reader(portalUser.id(), portalUser.roles());
    }

    List<String> groups() {
        return roles.stream().sorted().map(role -> GROUP + role).toList();
    }

    /** Every recipient id whose notifications this reader sees. */
    List<String> recipients() {
        List<String> all = new ArrayList<>(groups());
        all.add(0, id);
        return all;
    }

    static boolean isGroup(String recipientId) {
        return recipientId != null && recipientId.startsWith(GROUP);
    }
}
