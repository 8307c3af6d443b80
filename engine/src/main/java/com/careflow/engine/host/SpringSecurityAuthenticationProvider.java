package com.careflow.engine.host;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.operaton.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Single sign-on for Cockpit, Tasklist and Admin: the user Spring Security already signed in (the portal's Keycloak
 * login) is the web apps' user. The id is the Keycloak user id (the subject, as the portal files task assignees);
 * the groups are the realm roles, and {@code admin} is also Operaton's administrator group. Nothing is stored in
 * Operaton's own user tables. The web apps' {@code ContainerBasedAuthenticationFilter} creates it by class name, so
 * it must stay public with a no-argument constructor.
 */
public class SpringSecurityAuthenticationProvider implements AuthenticationProvider {

    static final String ADMIN_ROLE = "admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(signedIn.getName());
        result.setGroups(groupsOf(signedIn));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the portal's security chain sends anyone not signed in to Keycloak before this filter runs
    }

    static List<String> groupsOf(Authentication signedIn) {
        List<String> groups = new ArrayList<>();
        for (GrantedAuthority authority : signedIn.getAuthorities()) {
            String granted = authority.getAuthority();
            if (granted != null && granted.startsWith(KeycloakRealmRoles.ROLE_PREFIX)) {
                String role = granted.substring(KeycloakRealmRoles.ROLE_PREFIX.length());
                groups.add(role);
                if (ADMIN_ROLE.equals(role)) {
                    groups.add(Groups.OPERATON_ADMIN);
                }
            }
        }
        return groups;
    }
}
