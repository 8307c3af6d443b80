package com.careflow.app.features;

import com.careflow.domain.engine.Workflows;

/**
 * Ends what a scenario started in the engine, so its timers (reminders, expiries, appeal windows) never fire into a
 * later scenario that moves the clock. An instance that ended by itself leaves nothing to cancel, which the port
 * takes as done; any other failure fails the scenario, because a leftover instance would act in the next one.
 */
public class ProcessInstancesLeft {

    static final String REASON = "the scenario ended";

    private final Workflows workflows;

    public ProcessInstancesLeft(Workflows workflows) {
        this.workflows = workflows;
    }

    /** Cancels the running instances of {@code businessKey} (order number, content id, application id). */
    void cancel(String businessKey) {
        if (businessKey != null) {
            workflows.cancel(businessKey, REASON);
        }
    }
}
