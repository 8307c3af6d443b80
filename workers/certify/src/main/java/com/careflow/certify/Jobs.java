package com.careflow.certify;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.careflow.worker.JobRunner;

/**
 * How this module's tasks fail. Bad input (an unknown application, one in a state the step does not fit, an
 * unknown Keycloak user or group) fails without retries, so the incident shows at once with a readable message;
 * anything else (Mongo or Keycloak unreachable) fails with the task's retries minus one after the backoff.
 */
@Component("certifyJobs")
class Jobs {

    private final JobRunner runner;

    Jobs(CertificationProperties properties) {
        this.runner = new JobRunner(properties.retryBackoff(), UnknownIdentityException.class);
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
