package com.careflow.portal.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the signed-in user as Spring's {@link OidcUserService} does, then gives the user object itself the realm
 * roles as authorities. A login's authorities mapper only changes the authentication token, not its principal, so
 * code holding the principal ({@link PortalUser#of}) would otherwise see no roles while the route rules do.
 */
class RolesOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final RolesClaimAuthoritiesMapper roles = new RolesClaimAuthoritiesMapper();

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String nameAttribute = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
                .getUserNameAttributeName();
        return new DefaultOidcUser(roles.mapAuthorities(user.getAuthorities()), user.getIdToken(), user.getUserInfo(),
                nameAttribute == null || nameAttribute.isBlank() ? IdTokenClaimNames.SUB : nameAttribute);
    }
}
