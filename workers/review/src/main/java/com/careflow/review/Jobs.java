package com.careflow.review;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.careflow.worker.JobRunner;

/**
 * How this module's tasks fail. Bad input (unknown content, missing variables, a step the content's state does not
 * allow) fails without retries, so the incident shows at once with the reason; anything else (Mongo down) is
 * technical trouble and fails with the task's retries minus one after the configured backoff.
 */
@Component("reviewJobs")
class Jobs {

    private final JobRunner runner;

    Jobs(ReviewProperties properties) {
        this.runner = new JobRunner(properties.retryBackoff());
    }

    <T> T run(String what, Supplier<T> work) {
        return runner.run(what, work);
    }

    void run(String what, Runnable work) {
        runner.run(what, work);
    }
}
