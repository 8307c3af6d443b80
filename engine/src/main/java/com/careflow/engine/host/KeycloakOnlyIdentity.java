package com.careflow.engine.host;

import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.operaton.bpm.engine.impl.persistence.GenericManagerFactory;

/**
 * Users and groups live in Keycloak, so the engine's own identity store is read-only (and stays empty). Besides
 * stating that, it closes the web apps' first-run setup: with a writable store and no local member of
 * {@code operaton-admin}, every web app page redirects to a setup page where whoever gets there first creates a
 * local administrator with a password (and could then sign in past Keycloak). A read-only store has no setup; the
 * Admin app shows users as read-only too.
 */
class KeycloakOnlyIdentity extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(
                new GenericManagerFactory(DbReadOnlyIdentityServiceProvider.class));
    }
}
