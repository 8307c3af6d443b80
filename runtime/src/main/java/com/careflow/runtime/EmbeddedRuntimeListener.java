package com.careflow.runtime;

import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code careflow.runtime.embedded=true}, brings the local servers up before the application context
 * refreshes (the OAuth2 client reads Keycloak's metadata while refreshing) and stops them when the context has
 * closed. Registered in {@code META-INF/spring.factories}.
 * <p>
 * Always publishes the resolved data directory as {@code careflow.runtime.data-dir} (and the embedded engine's
 * {@code careflow.runtime.engine-data-dir}), so configuration can place files there, e.g. the engine's H2 database:
 * {@code jdbc:h2:file:${careflow.runtime.engine-data-dir}/careflow}. {@code ./careflow reset} deletes it all.
 */
class EmbeddedRuntimeListener implements SmartApplicationListener {

    /** The running {@link LocalRuntime} is a singleton bean by this name, for those who want its endpoints. */
    static final String BEAN_NAME = "careflowLocalRuntime";

    private static final String DIRECTORIES = "careflowRuntimeDirectories";

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
            publishDirectories(prepared.getEnvironment(), properties);
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

    /** Last in precedence: an explicit setting of the same names wins (they are derived from it anyway). */
    private static void publishDirectories(ConfigurableEnvironment environment, RuntimeProperties properties) {
        environment.getPropertySources().remove(DIRECTORIES);
        environment.getPropertySources().addLast(new MapPropertySource(DIRECTORIES, Map.of(
                RuntimeProperties.PREFIX + ".data-dir", properties.dataDir().toString(),
                RuntimeProperties.PREFIX + ".engine-data-dir", properties.engineDataDir().toString())));
    }
}
