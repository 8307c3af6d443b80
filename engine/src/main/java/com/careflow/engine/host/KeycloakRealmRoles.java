package com.careflow.engine.host;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A Keycloak access token's realm roles as {@code ROLE_<role>} authorities. Keycloak puts them in the nested
 * {@code realm_access.roles} claim; the careflow realm also maps them to a flat {@code roles} claim for the portal's
 * client, so both are read.
 */
final class KeycloakRealmRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    static final String ROLE_PREFIX = "ROLE_";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        if (jwt.getClaim("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> roles) {
            roles.forEach(role -> authorities.add(authority(String.valueOf(role))));
        }
        List<String> flat = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : null;
        if (flat != null) {
            flat.forEach(role -> authorities.add(authority(role)));
        }
        return authorities;
    }

    private static GrantedAuthority authority(String role) {
        return new SimpleGrantedAuthority(ROLE_PREFIX + role);
    }
}
