package com.careflow.app.features;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import com.careflow.app.CareFlowApplication;

import io.cucumber.spring.CucumberContextConfiguration;

/**
 * One real platform for all scenarios: the app with its embedded process engine, on the local runtime, so Keycloak,
 * MongoDB, Elasticsearch and mail are real servers started on the test ports of application-it.yml. The app's clock
 * (every bean asking for a {@code Clock}) is a {@link PlatformClock}, which scenarios move together with the engine's
 * clock ({@link PlatformTime}).
 */
@CucumberContextConfiguration
@SpringBootTest(classes = { CareFlowApplication.class, CucumberSpringConfiguration.MovableTime.class },
        webEnvironment = WebEnvironment.DEFINED_PORT)
@ActiveProfiles("it")
public class CucumberSpringConfiguration {

    /**
     * The app's movable clock, and what scenarios share beyond step classes. Public: LocalHardeningTest names the
     * same configuration, so it runs in this very context (Spring's context cache) instead of starting a second one.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @Import({ CurrentOrder.class, TestData.class, ProviderRanking.class, KeycloakUsers.class, Notices.class,
            ProcessInstancesLeft.class })
    public static class MovableTime {

        @Bean
        @Primary
        PlatformClock platformClock(@Value("${careflow.zone:Asia/Shanghai}") String zone) {
            return new PlatformClock(ZoneId.of(zone));
        }
    }
}
