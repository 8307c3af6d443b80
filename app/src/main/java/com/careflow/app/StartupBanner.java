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

    private final Environment env;

    StartupBanner(Environment env) {
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printWhereToGo() {
        String portal = env.getProperty("careflow.portal.base-url", "http://localhost:8080");
        String keycloak = env.getProperty("careflow.keycloak.base-url", "http://localhost:8180");
        log.info("""

                ============================================================
                 CareFlow is ready:   {}
                 Sign in as (password 'careflow' for all):
                   customer, provider, reviewer, analyst, finance, admin
                 Local mailbox:       {}/mail   (after signing in)
                 Keycloak admin:      {}/admin  (admin / {})
                 Stop with Ctrl-C; data stays in .careflow/data
                ============================================================""",
                portal, portal, keycloak, env.getProperty("careflow.runtime.keycloak.admin-password", "admin"));
    }
}
