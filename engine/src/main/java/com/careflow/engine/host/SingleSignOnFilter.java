package com.careflow.engine.host;

import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.webapp.impl.security.auth.Authentication;
import org.operaton.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.operaton.bpm.webapp.impl.security.auth.Authentications;
import org.operaton.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.operaton.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Operaton's container-based authentication for users who exist only in Keycloak. Operaton's own filter builds the
 * web apps' user from its identity tables: for a user not stored there it gets {@code null} (and fails with a
 * NullPointerException), and its authentication cache replaces the groups with the (empty) stored ones on the first
 * request and every five minutes after. Here the user and groups are the signed-in user's
 * ({@link SpringSecurityAuthenticationProvider}), the apps they may open come from the engine's authorizations, and
 * the cache never reloads them: they change when the portal's sign-in does.
 */
final class SingleSignOnFilter extends ContainerBasedAuthenticationFilter {

    /** Past any cache time to live: the identity tables know nothing about these users, so nothing to reload. */
    private static final Date NEVER_RELOAD = new Date(Long.MAX_VALUE);

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groups,
            List<String> tenants) {
        UserAuthentication authentication = new UserAuthentication(userId, engine.getName());
        authentication.setGroupIds(groups);
        authentication.setTenantIds(tenants == null ? List.of() : tenants);
        authentication.setAuthorizedApps(authorizedApps(engine, userId, groups));
        authentication.setCacheValidationTime(NEVER_RELOAD);
        return authentication;
    }

    /**
     * Same user, same groups: the session's authentication stays. The same user signed in again with other realm
     * roles (the session survives a new sign-in) gets a new one with the new groups.
     */
    @Override
    protected boolean existisAuthentication(Authentications authentications, String engineName, String userId) {
        return super.existisAuthentication(authentications, engineName, userId)
                && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication known
                && Set.copyOf(known.getGroupIds()).equals(Set.copyOf(SpringSecurityAuthenticationProvider
                        .groupsOf(SecurityContextHolder.getContext().getAuthentication())));
    }

    private static Set<String> authorizedApps(ProcessEngine engine, String userId, List<String> groups) {
        Set<String> apps = new HashSet<>();
        apps.add(AuthenticationUtil.APP_WELCOME);
        // checked as the engine itself, as Operaton's own filter does
        engine.getIdentityService().clearAuthentication();
        boolean checked = engine.getProcessEngineConfiguration().isAuthorizationEnabled();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String app : AuthenticationUtil.APPS) {
            if (!checked || authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION,
                    app)) {
                apps.add(app);
            }
        }
        return apps;
    }
}
