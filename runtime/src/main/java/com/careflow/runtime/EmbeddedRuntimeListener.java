package com.careflow.runtime;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * With {@code careflow.runtime.embedded=true}, brings the local servers up before the application context
 * refreshes (the OAuth2 client reads Keycloak's metadata and the app deploys BPMN while refreshing) and stops them
 * when the context has closed. Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedRuntimeListener implements SmartApplicationListener {

    /** The running {@link LocalRuntime} is a singleton bean by this name, for those who want its endpoints. */
    static final String BEAN_NAME = "careflowLocalRuntime";

    private SharedRuntime.Lease lease;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            RuntimeProperties properties = RuntimeProperties.bind(prepared.getEnvironment());
            if (properties.embedded() && lease == null) {
                lease = SharedRuntime.acquire(properties);
            }
        } else if (event instanceof ApplicationPreparedEvent prepared && lease != null) {
            lease.attach(prepared.getApplicationContext());
            ConfigurableListableBeanFactory beans = prepared.getApplicationContext().getBeanFactory();
            beans.registerSingleton(BEAN_NAME, lease.runtime());
            // Registered before every other bean, so destroyed after all of them: the servers outlive the
            // workers and clients that use them.
            if (beans instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean(BEAN_NAME, lease::release);
            }
        } else if (event instanceof ApplicationFailedEvent && lease != null) {
            lease.release();
        }
    }
}
