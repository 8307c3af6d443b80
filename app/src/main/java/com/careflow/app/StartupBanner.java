package com.careflow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.careflow.portal.startup.PlatformReady;
import com.careflow.runtime.RuntimeProperties;

/**
 * Tells the person who ran the platform where to go and how to sign in, once every part is up (the portal's start
 * gate opened): the URLs and, on the local runtime, every demo account of the realm file Keycloak imported.
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);
    private static final String RULE = "\n============================================================";

    private final Environment env;

    StartupBanner(Environment env) {
        this.env = env;
    }

    @EventListener(PlatformReady.class)
    void printWhereToGo() {
        log.info(text());
    }

    String text() {
        String portal = env.getProperty("careflow.portal.base-url", "http://localhost:8080");
        StringBuilder banner = new StringBuilder(RULE)
                .append("\n CareFlow is ready:   ").append(portal)
                .append("\n Cockpit (processes): ").append(portal).append("/operaton/app/cockpit/default/")
                .append("   (admin, analyst)");
        if (env.getProperty("careflow.runtime.embedded", Boolean.class, false)) {
            String keycloak = env.getProperty("careflow.keycloak.base-url", "http://localhost:8180");
            banner.append("\n Keycloak:            ").append(keycloak)
                    .append("   admin console ").append(keycloak).append("/admin  (admin / ")
                    .append(env.getProperty("careflow.runtime.keycloak.admin-password", "admin")).append(')')
                    .append("\n Local mailbox:       ").append(portal).append("/mail   (after signing in)");
            Path realmFile = RuntimeProperties.bind(env).keycloak().realmFile();
            if (Files.isReadable(realmFile)) {
                appendAccounts(banner, realmFile);
            }
            banner.append("\n Stop with Ctrl-C; data stays in .careflow/data (./careflow reset deletes it)");
        }
        return banner.append(RULE).toString();
    }

    private static void appendAccounts(StringBuilder banner, Path realmFile) {
        banner.append("\n Sign in as (").append(realmFile.getFileName()).append("):")
                .append(String.format(Locale.ROOT, "%n   %-12s %-12s %-20s %s", "user", "password", "role", "name"));
        for (DemoAccounts.Account account : DemoAccounts.from(realmFile).accounts()) {
            banner.append(String.format(Locale.ROOT, "%n   %-12s %-12s %-20s %s", account.username(),
                    account.password(), String.join(", ", account.roles()), account.name()));
        }
    }
}
