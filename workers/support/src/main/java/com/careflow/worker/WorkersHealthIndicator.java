package com.careflow.worker;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** The topic workers are up once they subscribed (they wait for Keycloak's token first). */
class WorkersHealthIndicator extends AbstractHealthIndicator {

    private final TopicSubscriptions subscriptions;

    WorkersHealthIndicator(TopicSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (subscriptions.subscribed()) {
            health.up();
        } else {
            health.outOfService().withDetail("waiting", "subscriptions (the workers' Keycloak token)");
        }
    }
}
