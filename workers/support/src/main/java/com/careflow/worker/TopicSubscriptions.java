package com.careflow.worker;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.ExternalTaskClientBuilder;
import org.apache.hc.core5.util.Timeout;
import org.apache.hc.client5.http.config.RequestConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Subscribes every {@link TopicWorker} method of the application to its topic, through the external-task client
 * over the engine's REST API. It starts once the application is ready (in the one-JVM platform the engine's API is
 * served by the same web server) and stops with it. This class and {@link TopicHandler} are the only ones that know
 * the client: swapping it (for Operaton's own, say) happens here.
 */
public class TopicSubscriptions implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TopicSubscriptions.class);
    private static final Duration TOKEN_RETRY = Duration.ofSeconds(1);

    private final ApplicationContext context;
    private final EngineClientProperties properties;
    private final ServiceAccountTokens tokens;
    private final List<ExternalTaskClient> clients = new ArrayList<>();
    private volatile boolean stopped;

    public TopicSubscriptions(ApplicationContext context, EngineClientProperties properties,
            ServiceAccountTokens tokens) {
        this.context = context;
        this.properties = properties;
        this.tokens = tokens;
    }

    /** Topic → handler, from the beans of the context; two methods for one topic are a wiring mistake. */
    Map<String, TopicHandler> handlers() {
        Map<String, TopicHandler> handlers = new LinkedHashMap<>();
        for (String name : context.getBeanNamesForType(Object.class, false, false)) {
            Class<?> type = context.getType(name, false);
            if (type == null || type.getName().startsWith("org.springframework")) {
                continue;
            }
            Class<?> userType = AopUtils.isAopProxy(type) ? AopUtils.getTargetClass(type) : type;
            Map<Method, TopicWorker> methods = MethodIntrospector.selectMethods(userType,
                    (MethodIntrospector.MetadataLookup<TopicWorker>) method ->
                            AnnotatedElementUtils.findMergedAnnotation(method, TopicWorker.class));
            if (methods.isEmpty()) {
                continue;
            }
            Object bean = context.getBean(name);
            methods.forEach((method, topic) -> {
                TopicHandler previous = handlers.put(topic.value(),
                        new TopicHandler(bean, method, properties.defaultBackoff()));
                if (previous != null) {
                    throw new IllegalStateException("Two workers for topic " + topic.value() + ": " + method);
                }
            });
        }
        return handlers;
    }

    /**
     * Once the application is ready, subscribes as soon as Keycloak hands out the workers' token: Keycloak may
     * still be starting (the local runtime starts it alongside the application), and a client polling without a
     * token would fail and retry in a tight loop. In the background, so the application does not wait.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void openWhenTokenAvailable() {
        if (!properties.enabled()) {
            return;
        }
        Thread.ofPlatform().daemon().name("worker-subscriptions").start(() -> {
            boolean warned = false;
            while (!stopped) {
                try {
                    tokens.authorization();
                    open();
                    return;
                } catch (EngineCallException e) {
                    if (!warned) {
                        log.info("Workers wait for their Keycloak token before subscribing: {}", e.getMessage());
                        warned = true;
                    }
                }
                try {
                    Thread.sleep(TOKEN_RETRY.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    /** Whether every topic has its subscriptions (also true when this application has no topic to work). */
    public synchronized boolean subscribed() {
        return !properties.enabled() || !clients.isEmpty() || handlers().isEmpty();
    }

    public synchronized void open() {
        if (!properties.enabled() || !clients.isEmpty()) {
            return;
        }
        Map<String, TopicHandler> handlers = handlers();
        if (handlers.isEmpty()) {
            return;
        }
        for (int i = 1; i <= properties.clients(); i++) {
            ExternalTaskClient client = client(properties.workerId() + "-" + i);
            handlers.values().forEach(handler -> client.subscribe(handler.topic())
                    .lockDuration(properties.lockDuration().toMillis())
                    .includeExtensionProperties(true)
                    .handler(handler)
                    .open());
            clients.add(client);
        }
        log.info("Working topics {} with {} client(s) on {}", handlers.keySet(), clients.size(), properties.baseUrl());
    }

    private ExternalTaskClient client(String workerId) {
        Timeout responseTimeout = Timeout.of(properties.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        ExternalTaskClientBuilder builder = ExternalTaskClient.create()
                .baseUrl(properties.baseUrl())
                .workerId(workerId)
                .maxTasks(properties.maxTasks())
                .asyncResponseTimeout(properties.longPoll().toMillis())
                .lockDuration(properties.lockDuration().toMillis())
                .usePriority(true)
                .disableBackoffStrategy()
                .addInterceptor(request -> request.addHeader("Authorization", tokens.authorization()))
                .customizeHttpClient(http -> http.setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(responseTimeout)
                        .setResponseTimeout(responseTimeout)
                        .build()));
        return builder.build();
    }

    /**
     * Stops polling as soon as the application starts closing: the web server (which serves the engine's API in the
     * one-JVM platform) stops before beans are destroyed, and a client polling a stopped server fails in a tight
     * loop, thousands of stack traces on every Ctrl-C.
     */
    @EventListener
    public void closing(ContextClosedEvent event) {
        if (event.getApplicationContext() == context) {
            destroy();
        }
    }

    @Override
    public synchronized void destroy() {
        stopped = true;
        clients.forEach(ExternalTaskClient::stop);
        clients.clear();
    }
}
