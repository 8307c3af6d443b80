package com.careflow.runtime;

import java.net.URI;

import io.camunda.client.CamundaClient;

/**
 * Just the Zeebe broker of the local runtime, without Keycloak, Mongo or mail: for process tests that run the BPMN
 * models against a real engine with scripted job handlers. Same distribution, configuration and clock control as
 * {@link LocalRuntime} uses; ports and data dir come from {@code careflow.runtime.zeebe.*} / {@code data-dir}.
 */
public final class StandaloneZeebe implements AutoCloseable {

    private final ZeebeBroker broker;

    private StandaloneZeebe(ZeebeBroker broker) {
        this.broker = broker;
    }

    /** Starts the broker and returns once it processes commands; fails fast when a port is taken. */
    public static StandaloneZeebe start(RuntimeProperties properties) {
        ZeebeBroker broker = new ZeebeBroker(properties, Distributions.in(properties.home()));
        broker.stopStale();
        PortCheck.requireFree(broker.ports());
        broker.start(new Startup(properties.startupTimeout(), () -> false));
        return new StandaloneZeebe(broker);
    }

    /** A new gRPC client (REST only for what an 8.6 broker has, e.g. /v2/clock); the caller closes it. */
    public CamundaClient newClient() {
        return broker.newClient();
    }

    public URI restAddress() {
        return broker.restAddress();
    }

    @Override
    public void close() {
        broker.stop();
    }
}
