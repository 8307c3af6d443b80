package com.careflow.portal.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.portal.PortalWebMvcTest;

/**
 * The start gate over the real actuator health aggregation, with one part the test starts: closed, every page is
 * the 503 "starting" page in the visitor's language naming that part, /api a problem document, static files pass;
 * once the part is up the gate opens for good and the portal answers as usual.
 */
@PortalWebMvcTest
@Import({ StartupGateConfiguration.class, StartupGateTest.Parts.class })
@ImportAutoConfiguration({ HealthContributorAutoConfiguration.class, HealthEndpointAutoConfiguration.class })
@TestPropertySource(properties = { "careflow.startup-gate.enabled=true",
        "management.endpoint.health.group.readiness.include=keycloak" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartupGateTest {

    /** The one part of the readiness group: named keycloak to show the page's name for it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Parts {

        static final AtomicReference<Status> KEYCLOAK = new AtomicReference<>(Status.OUT_OF_SERVICE);

        @Bean
        HealthIndicator keycloakHealthIndicator() {
            return () -> Health.status(KEYCLOAK.get()).build();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    StartupGate gate;

    @Test
    @Order(1)
    void closedGateAnswersPagesWithTheStartingPageInTheVisitorsLanguage() throws Exception {
        assertThat(gate.isOpen()).isFalse();

        mvc.perform(get("/catalog")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "3"))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("CareFlow 正在启动"),
                        org.hamcrest.Matchers.containsString("登录服务（Keycloak）"),
                        org.hamcrest.Matchers.containsString("http-equiv=\"refresh\""))));
        mvc.perform(get("/orders").param("lang", "en")).andExpect(status().isServiceUnavailable())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("CareFlow is starting"),
                        org.hamcrest.Matchers.containsString("Sign-in (Keycloak)"))));
        mvc.perform(get("/").cookie(new Cookie("careflow-lang", "en"))).andExpect(status().isServiceUnavailable())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("CareFlow is starting")));
    }

    @Test
    @Order(2)
    void closedGateAnswersTheApiWithAProblemDocumentAndLetsStaticFilesThrough() throws Exception {
        mvc.perform(get("/api/search/suggest").param("q", "陪诊")).andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("CareFlow 正在启动"))
                .andExpect(jsonPath("$.starting[0]").value("登录服务（Keycloak）"));
        mvc.perform(get("/css/careflow.css")).andExpect(status().isOk());
    }

    @Test
    @Order(3)
    void gateOpensOnceEveryPartIsUpAndStaysOpen() throws Exception {
        Parts.KEYCLOAK.set(Status.UP);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!gate.isOpen() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(gate.isOpen()).isTrue();
        assertThat(gate.starting()).isEmpty();
        mvc.perform(get("/catalog")).andExpect(status().isOk());

        Parts.KEYCLOAK.set(Status.DOWN);
        mvc.perform(get("/catalog")).andExpect(status().isOk());
    }
}
