package com.careflow.engine.host;

import java.util.Map;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration;
import org.operaton.bpm.spring.boot.starter.property.OperatonBpmProperties;
import org.operaton.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import com.careflow.domain.payout.PayoutSchedule;
import com.careflow.domain.process.PayoutProcess;
import com.careflow.engine.EngineClock;

/**
 * The engine host: what a deployable gets by depending on careflow-engine. Operaton's starters bring the engine,
 * {@code /engine-rest} and the web apps; their settings come from {@link EngineDefaults}. This adds the engine's
 * security: {@code /engine-rest} for Keycloak tokens with realm role {@code worker} or {@code admin}, and single
 * sign-on for the web apps (who may open them is the portal's security rule for {@code /operaton/**}).
 * <p>
 * Runs before Boot's security auto-configuration, so that Boot's fallback filter chains see this one and stay away.
 */
@AutoConfiguration(after = OperatonBpmAutoConfiguration.class, before = { SecurityAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class })
public class EngineHostConfiguration {

    /** Realm roles that may call the engine's REST API: the workers' service account, and operations. */
    static final String WORKER_ROLE = "worker";
    static final String ENGINE_REST = "/engine-rest/**";
    /** Before the portal's chain (which matches every request and would send a worker to the login page). */
    static final int ENGINE_REST_CHAIN_ORDER = SecurityProperties.BASIC_AUTH_ORDER - 10;

    @Bean
    DeploymentCache deploymentCache(ProcessEngine engine) {
        return new DeploymentCache(engine);
    }

    @Bean
    EngineClock engineClock(ProcessEngine engine) {
        return new EngineClock(engine.getManagementService(), engine.getExternalTaskService());
    }

    /** Named as processes/reconciliation.bpmn's timer expression reads it. */
    @Bean
    ReconciliationSchedule reconciliationSchedule(
            @Value("${careflow.reconciliation.schedule}") String cron) {
        return new ReconciliationSchedule(cron);
    }

    /**
     * The weekly settlement's timer cycle, which payout.bpmn reads as {@code ${payoutSchedule.cycle}} when it is
     * deployed: here, because the bean must exist wherever the models deploy.
     */
    @Bean(PayoutProcess.SCHEDULE_BEAN)
    PayoutSchedule payoutSchedule(
            @Value("${careflow.payout.schedule:" + PayoutSchedule.DEFAULT_CYCLE + "}") String cycle) {
        return new PayoutSchedule(cycle);
    }

    @Bean
    WebappAuthorizations webappAuthorizations() {
        return new WebappAuthorizations();
    }

    @Bean
    KeycloakOnlyIdentity keycloakOnlyIdentity() {
        return new KeycloakOnlyIdentity();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebSecurity {

        /**
         * Stateless bearer-token chain: no session, no CSRF (no browser cookies authenticate here), anonymous gets
         * 401 with {@code WWW-Authenticate: Bearer}, a valid token without the role 403.
         */
        @Bean
        @Order(ENGINE_REST_CHAIN_ORDER)
        SecurityFilterChain engineRestSecurity(HttpSecurity http) throws Exception {
            JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
            tokens.setJwtGrantedAuthoritiesConverter(new KeycloakRealmRoles());
            // a path pattern on the whole URI: /engine-rest is Jersey's servlet, which Spring MVC's matchers do not see
            http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(ENGINE_REST))
                    .authorizeHttpRequests(requests -> requests
                            .anyRequest().hasAnyRole(WORKER_ROLE, SpringSecurityAuthenticationProvider.ADMIN_ROLE))
                    .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)))
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .requestCache(AbstractHttpConfigurer::disable)
                    .csrf(AbstractHttpConfigurer::disable);
            return http.build();
        }

        /**
         * The web apps' container-based authentication ({@link SingleSignOnFilter}), on their pages and APIs. Ordered
         * after Spring Security's filter (whose signed-in user it reads) and before the filters Operaton's web app
         * initializer adds (they read the engine user this one puts into the session).
         */
        @Bean
        @ConditionalOnClass(ContainerBasedAuthenticationFilter.class)
        FilterRegistrationBean<SingleSignOnFilter> webappSingleSignOn(OperatonBpmProperties operaton) {
            FilterRegistrationBean<SingleSignOnFilter> registration =
                    new FilterRegistrationBean<>(new SingleSignOnFilter());
            registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                    SpringSecurityAuthenticationProvider.class.getName()));
            String webapps = operaton.getWebapp().getApplicationPath();
            registration.addUrlPatterns(webapps + "/app/*", webapps + "/api/*");
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
            return registration;
        }
    }
}
