package com.careflow.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** The redirects to Keycloak: PKCE on the confidential client, registration, and signing out. */
@PortalWebMvcTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientRegistrationRepository registrations;

    @Test
    void signInRedirectsToKeycloakWithPkceS256() throws Exception {
        UriComponents keycloak = keycloakRedirect("/oauth2/authorization/keycloak");
        assertThat(keycloak.getPath()).isEqualTo("/realms/careflow/protocol/openid-connect/auth");
        assertThat(keycloak.getQueryParams().getFirst("client_id")).isEqualTo("careflow-portal");
        assertThat(keycloak.getQueryParams().getFirst("scope")).isEqualTo("openid%20profile%20email");
        assertThat(keycloak.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(keycloak.getQueryParams().getFirst("code_challenge")).isNotBlank();
        assertThat(keycloak.getQueryParams()).doesNotContainKey("prompt");
        assertThat(keycloak.getQueryParams().getFirst("ui_locales")).isEqualTo("zh-CN");
    }

    @Test
    void keycloakSpeaksTheLanguageChosenInThePortal() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/keycloak").cookie(new Cookie("careflow-lang", "en")))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(UriComponentsBuilder.fromUriString(location).build().getQueryParams().getFirst("ui_locales"))
                .isEqualTo("en");
    }

    @Test
    void registerOpensKeycloaksRegistrationPage() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/oauth2/authorization/keycloak?register"));
        UriComponents keycloak = keycloakRedirect("/oauth2/authorization/keycloak?register");
        assertThat(keycloak.getQueryParams().getFirst("prompt")).isEqualTo("create");
        assertThat(keycloak.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
    }

    @Test
    void signingOutNeedsTheCsrfTokenAndEndsTheKeycloakSessionToo() throws Exception {
        mvc.perform(post("/logout").with(TestUsers.user("customer"))).andExpect(status().isForbidden());
        String location = mvc.perform(post("/logout").with(csrf())
                        .with(TestUsers.user("customer").clientRegistration(registrations.findByRegistrationId("keycloak"))))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UriComponents keycloak = UriComponentsBuilder.fromUriString(location).build();
        // the test provider is configured endpoint by endpoint, as in docker compose: no discovery document
        assertThat(keycloak.getHost()).isEqualTo("localhost");
        assertThat(keycloak.getPort()).isEqualTo(8180);
        assertThat(keycloak.getPath()).isEqualTo("/realms/careflow/protocol/openid-connect/logout");
        assertThat(keycloak.getQueryParams().getFirst("id_token_hint")).isNotBlank();
        assertThat(keycloak.getQueryParams().getFirst("post_logout_redirect_uri")).isEqualTo("http://localhost/");
    }

    private UriComponents keycloakRedirect(String path) throws Exception {
        String location = mvc.perform(get(path))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("http://localhost:8180/");
        return UriComponentsBuilder.fromUriString(location).build();
    }
}
