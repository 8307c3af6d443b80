package com.careflow.certify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.keycloak.admin.*}: where the admin client reaches Keycloak and as whom. It signs in with the
 * client credentials of {@code careflow-workers}, whose service account may read users and give or take only the
 * {@code provider} role and the {@code /certified/*} groups: fine-grained admin permissions in
 * identity/keycloak-realm.json; any other grant is refused by Keycloak (403).
 */
@ConfigurationProperties("careflow.keycloak.admin")
record KeycloakAdminProperties(@DefaultValue("http://localhost:8180") String serverUrl,
        @DefaultValue("careflow") String realm, @DefaultValue("careflow-workers") String clientId,
        @DefaultValue("careflow-workers-dev-secret") String clientSecret) {
}
