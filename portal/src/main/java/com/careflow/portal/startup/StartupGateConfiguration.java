package com.careflow.portal.startup;

import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The portal stays closed ("CareFlow is starting", 503) until every part of the platform is up: the
 * {@link StartupGate} over the actuator's readiness group, and its filter in front of everything else, Spring
 * Security included.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "careflow.startup-gate.enabled", havingValue = "true", matchIfMissing = true)
public class StartupGateConfiguration {

    @Bean
    StartupGate startupGate(HealthEndpoint health, ApplicationEventPublisher events) {
        return new StartupGate(health, events);
    }

    @Bean
    FilterRegistrationBean<StartingPageFilter> startingPageFilter(StartupGate gate, ITemplateEngine templates,
            MessageSource messages, LocaleResolver localeResolver, ObjectMapper json) {
        FilterRegistrationBean<StartingPageFilter> registration = new FilterRegistrationBean<>(
                new StartingPageFilter(gate, templates, messages, localeResolver, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
