package com.careflow.portal.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Turns Keycloak's {@code roles} claim (realm roles; the realm puts it into the ID token and the userinfo answer)
 * into {@code ROLE_<role>} authorities, keeping the authorities Spring derived itself (OIDC_USER, SCOPE_...).
 */
class RolesClaimAuthoritiesMapper implements GrantedAuthoritiesMapper {

    static final String ROLES_CLAIM = "roles";

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                roles(oidc.getIdToken().getClaimAsStringList(ROLES_CLAIM), mapped);
                if (oidc.getUserInfo() != null) {
                    roles(oidc.getUserInfo().getClaimAsStringList(ROLES_CLAIM), mapped);
                }
            }
        }
        return mapped;
    }

    private static void roles(List<String> roles, Set<GrantedAuthority> into) {
        if (roles != null) {
            roles.forEach(role -> into.add(new SimpleGrantedAuthority(Roles.authority(role))));
        }
    }
}
