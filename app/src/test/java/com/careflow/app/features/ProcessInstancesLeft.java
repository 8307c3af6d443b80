package com.careflow.app.features;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;

/**
 * Ends what a scenario started in the engine, so its timers (reminders, expiries, appeal windows) never fire into a
 * later scenario that moves the clock.
 */
public class ProcessInstancesLeft {

    private final CamundaClient engine;

    public ProcessInstancesLeft(CamundaClient engine) {
        this.engine = engine;
    }

    void cancel(Long processInstanceKey) {
        if (processInstanceKey == null) {
            return;
        }
        try {
            engine.newCancelInstanceCommand(processInstanceKey).send().join();
        } catch (ClientStatusException ended) {
            // completed or cancelled already
        }
    }
}
