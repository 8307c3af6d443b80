package com.careflow.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

@PortalWebMvcTest
class HomeControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorsSeeTheHeroFeaturedServicesAndWaysToSignIn() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"hero\"")))
                .andExpect(content().string(containsString("id=\"featured-escort-beijing-halfday\"")))
                .andExpect(content().string(containsString("id=\"featured-consult-online-gp\"")))
                .andExpect(content().string(containsString("id=\"login-link\"")))
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/keycloak\"")))
                .andExpect(content().string(containsString("id=\"register-link\"")))
                .andExpect(content().string(not(containsString("id=\"logout-button\""))))
                .andExpect(content().string(not(containsString("id=\"nav-mail\""))));
    }

    @Test
    void aSignInThatKeycloakDidNotCompleteComesHomeWithAMessage() throws Exception {
        // what Keycloak sends back when a sign-in is refused or abandoned
        mvc.perform(get("/login/oauth2/code/keycloak").param("error", "access_denied").param("state", "abc"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/?loginError"));
        mvc.perform(get("/").param("loginError", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"login-error\"")))
                .andExpect(content().string(containsString("登录没有完成，请重试。")));
        mvc.perform(get("/"))
                .andExpect(content().string(not(containsString("id=\"login-error\""))));
    }

    @Test
    void signedInCustomersSeeTheirMenuAndNoSignInLinks() throws Exception {
        mvc.perform(get("/").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nav-orders\"")))
                .andExpect(content().string(containsString("id=\"logout-button\"")))
                .andExpect(content().string(containsString("Demo customer")))
                .andExpect(content().string(not(containsString("id=\"login-link\""))));
    }

    @Test
    void adminsInheritTheCustomerMenuThroughTheRoleHierarchy() throws Exception {
        mvc.perform(get("/catalog").with(TestUsers.user("admin")))
                .andExpect(content().string(containsString("id=\"nav-orders\"")));
        mvc.perform(get("/catalog").with(TestUsers.user("provider")))
                .andExpect(content().string(not(containsString("id=\"nav-orders\""))));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({ "admin, /operations", "reviewer, /tasks", "finance, /tasks",
            "analyst, /analyst" })
    void staffOpeningTheHomePageLandOnTheirWork(String role, String landing) throws Exception {
        mvc.perform(get("/").with(TestUsers.user(role)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(landing));
    }

    @Test
    void customersAndProvidersKeepTheHomePage() throws Exception {
        for (String role : new String[] {"customer", "provider"}) {
            mvc.perform(get("/").with(TestUsers.user(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"hero\"")));
        }
    }

    @Test
    void errorsGetAFriendlyPageInTheLayout() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/catalog/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("id=\"error-status\">404<")))
                .andExpect(content().string(containsString("页面不存在。")))
                .andExpect(content().string(containsString("id=\"nav-catalog\"")));
    }

    @Test
    void profileShowsTheRealmRoles() throws Exception {
        mvc.perform(get("/me").with(TestUsers.user("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("finance@careflow.local")))
                .andExpect(content().string(containsString("data-role=\"finance\"")))
                .andExpect(content().string(containsString(">财务<")));
    }

    @Test
    void profileListsOnlyCareFlowsRolesEachTranslated() throws Exception {
        // as Keycloak sends them: CareFlow's roles among its own
        var wangFang = wangFang().authorities(new SimpleGrantedAuthority("ROLE_customer"),
                new SimpleGrantedAuthority("ROLE_admin"), new SimpleGrantedAuthority("ROLE_default-roles-careflow"),
                new SimpleGrantedAuthority("ROLE_offline_access"), new SimpleGrantedAuthority("ROLE_uma_authorization"));
        String page = mvc.perform(get("/me").with(wangFang)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("(?s)<ul class=\"role-list\" id=\"profile-roles\">\\s*"
                        + "<li class=\"tag\" data-role=\"customer\">客户</li>\\s*"
                        + "<li class=\"tag\" data-role=\"admin\">管理员</li>\\s*</ul>")
                .doesNotContain("default-roles-careflow", "offline_access", "uma_authorization");
        String english = mvc.perform(get("/me").param("lang", "en").with(wangFang)).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).contains(">Customer</li>", ">Administrator</li>").doesNotContain("offline_access");
    }

    @Test
    void theHeaderNamesTheUserAsThePagesDo() throws Exception {
        String page = mvc.perform(get("/").with(wangFang().authorities(new SimpleGrantedAuthority("ROLE_customer"))))
                .andReturn().getResponse().getContentAsString();
        int start = page.indexOf("id=\"nav-account\"");
        String header = page.substring(start, page.indexOf("</summary>", start));
        assertThat(header).contains(">王芳</span>", ">王</span>").doesNotContain("芳 王");
        int profileLink = page.indexOf("id=\"nav-me\"");
        assertThat(page.substring(profileLink, page.indexOf("</a>", profileLink))).contains("<span>王芳</span>");
        String profile = mvc.perform(get("/me")
                        .with(wangFang().authorities(new SimpleGrantedAuthority("ROLE_customer")))).andReturn().getResponse().getContentAsString();
        assertThat(profile).contains("id=\"profile-name\">王芳<");
    }

    /** The demo customer as Keycloak describes her: given name 芳, family name 王, and a name claim "芳 王". */
    private static OidcLoginRequestPostProcessor wangFang() {
        return oidcLogin().idToken(token -> token.subject("customer").claim("email", "customer@careflow.local")
                .claim("name", "芳 王").claim("given_name", "芳").claim("family_name", "王")
                .claim("preferred_username", "customer"));
    }
}
