package com.careflow.assign;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.careflow.worker.JobRunner;

/**
 * How this module's tasks fail. Bad input (variables that make no sense, an order or offer in a state the step does
 * not fit) fails without retries, so the incident shows at once; anything else is technical trouble and fails with
 * the task's retries minus one after the configured backoff. BPMN errors pass through untouched.
 */
@Component("assignJobs")
class Jobs {

    private final JobRunner runner;

    Jobs(AssignmentProperties properties) {
        this.runner = new JobRunner(properties.retryBackoff());
    }

    <T> T run(String what, Supplier<T> work) {
        return runner.run(what, work);
    }

    void run(String what, Runnable work) {
        runner.run(what, work);
    }

    static String required(String name, String value) {
        return JobRunner.required(name, value);
    }
}
