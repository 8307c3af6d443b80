package com.careflow.portal.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the redirect to Keycloak. Always with PKCE: the portal is a confidential client, for which Spring does
 * not add PKCE by itself, but the realm requires S256. With {@code ?register} on the authorization URL it also
 * asks for {@code prompt=create}, which makes Keycloak open its registration page instead of the login page.
 * It passes the portal's language as {@code ui_locales}, so Keycloak's pages speak the language the visitor chose
 * here rather than the one of the browser's Accept-Language.
 */
class PortalAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

    static final String AUTHORIZATION_BASE_URI = "/oauth2/authorization";
    static final String REGISTER_PARAM = "register";
    static final String UI_LOCALES = "ui_locales";

    private final DefaultOAuth2AuthorizationRequestResolver signIn;
    private final DefaultOAuth2AuthorizationRequestResolver register;
    private final LocaleResolver locales;

    PortalAuthorizationRequestResolver(ClientRegistrationRepository registrations, LocaleResolver locales) {
        this.locales = locales;
        signIn = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE_URI);
        signIn.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        register = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE_URI);
        register.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> request.additionalParameters(params -> params.put("prompt", "create"))));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return inLanguage(pick(request).resolve(request), request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return inLanguage(pick(request).resolve(request, clientRegistrationId), request);
    }

    /** The URI is already built at this point, so the parameter goes into it directly. */
    private OAuth2AuthorizationRequest inLanguage(OAuth2AuthorizationRequest authorization, HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        String uri = UriComponentsBuilder.fromUriString(authorization.getAuthorizationRequestUri())
                .queryParam(UI_LOCALES, locales.resolveLocale(request).toLanguageTag())
                .build(true)
                .toUriString();
        return OAuth2AuthorizationRequest.from(authorization).authorizationRequestUri(uri).build();
    }

    private DefaultOAuth2AuthorizationRequestResolver pick(HttpServletRequest request) {
        return request.getParameterMap().containsKey(REGISTER_PARAM) ? register : signIn;
    }
}
