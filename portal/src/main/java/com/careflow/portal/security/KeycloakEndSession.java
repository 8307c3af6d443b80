package com.careflow.portal.security;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Gives RP-initiated logout an end-session endpoint also when the provider was configured endpoint by endpoint
 * (docker compose: no issuer-uri, because the browser and the portal reach Keycloak under different host names)
 * and so Spring never read the discovery document that names it. Keycloak keeps the logout endpoint next to the
 * authorization endpoint, which is browser-facing by necessity, so that is where it is derived from.
 */
final class KeycloakEndSession {

    static final String END_SESSION_ENDPOINT = "end_session_endpoint";

    private KeycloakEndSession() {
    }

    static ClientRegistrationRepository completing(ClientRegistrationRepository registrations) {
        return id -> complete(registrations.findByRegistrationId(id));
    }

    static ClientRegistration complete(ClientRegistration registration) {
        if (registration == null) {
            return null;
        }
        Map<String, Object> metadata = registration.getProviderDetails().getConfigurationMetadata();
        String authorization = registration.getProviderDetails().getAuthorizationUri();
        if (metadata.containsKey(END_SESSION_ENDPOINT) || authorization == null
                || !authorization.endsWith("/protocol/openid-connect/auth")) {
            return registration;
        }
        Map<String, Object> completed = new HashMap<>(metadata);
        completed.put(END_SESSION_ENDPOINT, authorization.substring(0, authorization.length() - "auth".length())
                + "logout");
        return ClientRegistration.withClientRegistration(registration).providerConfigurationMetadata(completed).build();
    }
}
