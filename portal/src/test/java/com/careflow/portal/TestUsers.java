package com.careflow.portal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Signed-in users as Keycloak's demo realm has them: the subject is the user name, the email
 * {@code <user>@careflow.local}, and one realm role each (mapped to ROLE_<role> as the portal maps it).
 */
public final class TestUsers {

    private TestUsers() {
    }

    /** The demo user with the given realm role; the subject is the role name. */
    public static OidcLoginRequestPostProcessor user(String role) {
        return user(role, role);
    }

    public static OidcLoginRequestPostProcessor user(String subject, String role) {
        return oidcLogin()
                .idToken(token -> token.subject(subject)
                        .claim("email", subject + "@careflow.local")
                        .claim("name", "Demo " + subject)
                        .claim("preferred_username", subject))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    public static String email(String subject) {
        return subject + "@careflow.local";
    }
}
