package com.careflow.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who ran the platform where to go and how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);
    private static final String RULE = "\n============================================================";

    private final Environment env;

    StartupBanner(Environment env) {
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printWhereToGo() {
        String portal = env.getProperty("careflow.portal.base-url", "http://localhost:8080");
        StringBuilder banner = new StringBuilder(RULE)
                .append("\n CareFlow is ready:   ").append(portal)
                .append("\n Cockpit (processes): ").append(portal).append("/operaton/app/cockpit/default/")
                .append("   (admin, analyst)");
        if (env.getProperty("careflow.runtime.embedded", Boolean.class, false)) {
            String keycloak = env.getProperty("careflow.keycloak.base-url", "http://localhost:8180");
            banner.append("\n Sign in as (password 'careflow' for all):")
                    .append("\n   customer, provider, reviewer, analyst, finance, admin")
                    .append("\n Local mailbox:       ").append(portal).append("/mail   (after signing in)")
                    .append("\n Keycloak admin:      ").append(keycloak).append("/admin  (admin / ")
                    .append(env.getProperty("careflow.runtime.keycloak.admin-password", "admin")).append(')')
                    .append("\n Stop with Ctrl-C; data stays in .careflow/data (./careflow reset deletes it)");
        }
        log.info(banner.append(RULE).toString());
    }
}
