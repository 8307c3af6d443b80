package com.careflow.portal.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Builds the redirect to Keycloak. Always with PKCE: the portal is a confidential client, for which Spring does
 * not add PKCE by itself, but the realm requires S256. With {@code ?register} on the authorization URL it also
 * asks for {@code prompt=create}, which makes Keycloak open its registration page instead of the login page.
 */
class PortalAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

    static final String AUTHORIZATION_BASE_URI = "/oauth2/authorization";
    static final String REGISTER_PARAM = "register";

    private final DefaultOAuth2AuthorizationRequestResolver signIn;
    private final DefaultOAuth2AuthorizationRequestResolver register;

    PortalAuthorizationRequestResolver(ClientRegistrationRepository registrations) {
        signIn = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE_URI);
        signIn.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        register = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE_URI);
        register.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> request.additionalParameters(params -> params.put("prompt", "create"))));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return pick(request).resolve(request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return pick(request).resolve(request, clientRegistrationId);
    }

    private DefaultOAuth2AuthorizationRequestResolver pick(HttpServletRequest request) {
        return request.getParameterMap().containsKey(REGISTER_PARAM) ? register : signIn;
    }
}
