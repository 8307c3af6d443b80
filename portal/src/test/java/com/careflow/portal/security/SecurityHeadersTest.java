package com.careflow.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/**
 * The security headers on every kind of response the portal gives: pages, the API, static files, error answers.
 * Certification document downloads are checked where documents are uploaded (CertificationControllerTest), the
 * mailbox's policy in MailControllerTest.
 */
@PortalWebMvcTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyKindOfResponseCarriesTheHeaders() throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(
                MockMvcRequestBuilders.get("/").with(anonymous()),
                MockMvcRequestBuilders.get("/catalog").with(TestUsers.user(Roles.CUSTOMER)),
                MockMvcRequestBuilders.get("/orders").with(TestUsers.user(Roles.CUSTOMER)),
                MockMvcRequestBuilders.get("/api/search").queryParam("q", "escort").with(anonymous()),
                MockMvcRequestBuilders.get("/api/provider/offers").with(TestUsers.user(Roles.PROVIDER)),
                MockMvcRequestBuilders.get("/js/forms.js").with(anonymous()),
                // denied, unauthenticated, unknown, bad requests
                MockMvcRequestBuilders.get("/operations/incidents").with(TestUsers.user(Roles.CUSTOMER)),
                MockMvcRequestBuilders.get("/api/tasks").with(anonymous()),
                MockMvcRequestBuilders.get("/no/such/page").with(TestUsers.user(Roles.CUSTOMER)),
                MockMvcRequestBuilders.get("/api/search").queryParam("q[0]", "x").with(anonymous()));
        for (MockHttpServletRequestBuilder request : requests) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String what = response.getStatus() + " " + response.getContentType();
            String policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).as(what).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY)
                    .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(response.getHeaders("Content-Security-Policy")).as(what).hasSize(1);
            assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
        }
    }

    /** The analysts' editor allows style attributes (dmn-js sets them), nothing else beyond the portal's policy. */
    @Test
    void theAnalystsEditorAllowsStyleAttributesOnly() throws Exception {
        MockHttpServletResponse editor = mvc.perform(MockMvcRequestBuilders.get("/analyst/drafts/no-such-draft")
                .with(TestUsers.user(Roles.ANALYST))).andReturn().getResponse();
        MockHttpServletResponse list = mvc.perform(MockMvcRequestBuilders.get("/analyst/drafts")
                .with(TestUsers.user(Roles.ANALYST))).andReturn().getResponse();

        assertThat(editor.getHeaders("Content-Security-Policy")).containsExactly(
                SecurityConfig.CONTENT_SECURITY_POLICY + "; style-src-attr 'unsafe-inline'");
        assertThat(list.getHeaders("Content-Security-Policy")).containsExactly(SecurityConfig.CONTENT_SECURITY_POLICY);
    }

    /** Cockpit, Tasklist and Admin bring their own policy (Operaton's header filter); the portal leaves it to them. */
    @Test
    void operatonsWebAppsKeepTheirOwnPolicy() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/operaton/app/cockpit/default/")
                .with(TestUsers.user(Roles.ANALYST))).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).isNull();
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
