package com.careflow.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** Keycloak's roles claim becomes ROLE_ authorities, from the ID token and from userinfo. */
class RolesClaimAuthoritiesMapperTest {

    final RolesClaimAuthoritiesMapper mapper = new RolesClaimAuthoritiesMapper();

    @Test
    void mapsRealmRolesOfTheIdTokenAndUserInfoAndKeepsTheRest() {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "u-1", "roles", List.of("customer", "offline_access")));
        OidcUserInfo userInfo = new OidcUserInfo(Map.of("sub", "u-1", "roles", List.of("finance")));
        Collection<? extends GrantedAuthority> mapped = mapper.mapAuthorities(List.of(
                new OidcUserAuthority(idToken, userInfo), new SimpleGrantedAuthority("SCOPE_openid")));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_customer", "ROLE_offline_access", "ROLE_finance", "SCOPE_openid", "OIDC_USER");
    }

    @Test
    void aTokenWithoutRolesGivesNoRoles() {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "u-2"));
        Collection<? extends GrantedAuthority> mapped = mapper.mapAuthorities(List.of(new OidcUserAuthority(idToken)));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority).noneMatch(a -> a.startsWith("ROLE_"));
    }
}
