package com.careflow.certify;

import java.util.List;

import jakarta.ws.rs.NotFoundException;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.careflow.domain.catalog.ServiceCategory;

/**
 * {@link ProviderDirectory} on Keycloak's admin REST API through Keycloak's own admin client, signed in with the
 * client credentials of {@code careflow-workers} (the client renews its token itself). Keycloak's role mapping
 * and group join/leave are idempotent already; the role is only added when missing so the admin events stay quiet.
 */
@Component
class KeycloakProviderDirectory implements ProviderDirectory, DisposableBean {

    static final String PROVIDER_ROLE = "provider";
    private static final Logger log = LoggerFactory.getLogger(KeycloakProviderDirectory.class);

    private final KeycloakAdminProperties properties;
    private volatile Keycloak keycloak;

    KeycloakProviderDirectory(KeycloakAdminProperties properties) {
        this.properties = properties;
    }

    @Override
    public void grant(String userId, ServiceCategory category) {
        RealmResource realm = realm();
        UserResource user = user(realm, userId);
        try {
            boolean hasRole = user.roles().realmLevel().listAll().stream()
                    .anyMatch(role -> PROVIDER_ROLE.equals(role.getName()));
            if (!hasRole) {
                RoleRepresentation provider = realm.roles().get(PROVIDER_ROLE).toRepresentation();
                user.roles().realmLevel().add(List.of(provider));
            }
            user.joinGroup(group(realm, category).getId());
        } catch (NotFoundException e) {
            throw new UnknownIdentityException("Keycloak realm " + properties.realm() + " has no role "
                    + PROVIDER_ROLE + " or user " + userId, e);
        }
        log.info("Keycloak: {} has role {} and group {}", userId, PROVIDER_ROLE, ProviderDirectory.groupPath(category));
    }

    @Override
    public void revoke(String userId, ServiceCategory category) {
        RealmResource realm = realm();
        UserResource user = user(realm, userId);
        String groupId = group(realm, category).getId();
        boolean member = user.groups().stream().anyMatch(g -> g.getId().equals(groupId));
        if (member) {
            user.leaveGroup(groupId);
        }
        log.info("Keycloak: {} left group {}", userId, ProviderDirectory.groupPath(category));
    }

    private UserResource user(RealmResource realm, String userId) {
        UserResource user = realm.users().get(userId);
        try {
            user.toRepresentation();
        } catch (NotFoundException e) {
            throw new UnknownIdentityException("Keycloak realm " + properties.realm() + " has no user " + userId, e);
        }
        return user;
    }

    private GroupRepresentation group(RealmResource realm, ServiceCategory category) {
        String path = ProviderDirectory.groupPath(category);
        try {
            return realm.getGroupByPath(path);
        } catch (NotFoundException e) {
            throw new UnknownIdentityException("Keycloak realm " + properties.realm() + " has no group " + path
                    + " (identity/keycloak-realm.json defines one per service category)", e);
        }
    }

    private RealmResource realm() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder()
                            .serverUrl(properties.serverUrl())
                            .realm(properties.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(properties.clientId())
                            .clientSecret(properties.clientSecret())
                            .build();
                }
                client = keycloak;
            }
        }
        return client.realm(properties.realm());
    }

    @Override
    public void destroy() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
