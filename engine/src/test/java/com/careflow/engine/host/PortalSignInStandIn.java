package com.careflow.engine.host;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in for the portal's Keycloak sign-in and its rule for the web apps: a request naming a user and realm roles
 * in the {@value #USER} and {@value #ROLES} headers is signed in as the portal's OIDC login leaves a user (an
 * {@link OAuth2AuthenticationToken} named by the subject, with OIDC_USER, SCOPE_openid and {@code ROLE_<role>}
 * authorities). The rules are the portal's SecurityConfig: {@code /operaton/**} for admin and analyst only, Spring's
 * CSRF skipped for the web apps' API (Operaton's own filter checks it).
 */
@TestConfiguration(proxyBeanMethods = false)
class PortalSignInStandIn {

    static final String USER = "X-Test-User";
    static final String ROLES = "X-Test-Roles";

    @Bean
    @Order(SecurityProperties.BASIC_AUTH_ORDER)
    SecurityFilterChain portalStandInSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(routes -> routes
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/operaton/**").hasAnyRole("admin", "analyst")
                        .anyRequest().denyAll())
                .addFilterAfter(new HeaderSignIn(), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/operaton/api/**"));
        return http.build();
    }

    /**
     * As the portal: route patterns match the whole path. Without it Spring Security takes them for Spring MVC
     * patterns, which never match the web apps' APIs (servlets of their own), and those fell to denyAll.
     */
    @Bean
    static PathPatternRequestMatcher.Builder pathPatterns() {
        return PathPatternRequestMatcher.withDefaults();
    }

    private static final class HeaderSignIn extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String subject = request.getHeader(USER);
            if (subject != null) {
                SecurityContextHolder.getContext().setAuthentication(signedIn(subject, request.getHeader(ROLES)));
            }
            chain.doFilter(request, response);
        }

        private static OAuth2AuthenticationToken signedIn(String subject, String roles) {
            List<String> realmRoles = roles == null ? List.of() : Arrays.asList(roles.split(","));
            OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject(subject)
                    .issuer(HostWebTestSupport.ISSUER).issuedAt(Instant.now())
                    .expiresAt(Instant.now().plusSeconds(300)).claim("roles", realmRoles).build();
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new OidcUserAuthority(idToken));
            authorities.add(new SimpleGrantedAuthority("SCOPE_openid"));
            realmRoles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, idToken, "sub"), authorities,
                    "keycloak");
        }
    }
}
