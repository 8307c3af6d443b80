package com.careflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.camunda.client.exception.JobError;

class JobRunnerTest {

    static class UnknownUser extends RuntimeException {
        UnknownUser(String message) {
            super(message);
        }
    }

    private final JobRunner runner = new JobRunner(Duration.ofSeconds(7), UnknownUser.class);

    @Test
    void returnsWhatTheWorkReturns() {
        assertThat(runner.run("count", () -> 42)).isEqualTo(42);
    }

    @Test
    void badInputFailsWithoutRetriesAndSaysWhy() {
        assertThatThrownBy(() -> runner.run("check application APP1", () -> {
            throw new IllegalStateException("it was already decided");
        })).isInstanceOfSatisfying(JobError.class, error -> {
            assertThat(error.getErrorMessage()).isEqualTo("Cannot check application APP1: it was already decided");
            assertThat(error.getRetries()).isZero();
        });
    }

    @Test
    void theModulesOwnBadInputFailsWithoutRetriesToo() {
        assertThatThrownBy(() -> runner.run("grant", () -> {
            throw new UnknownUser("no user u1");
        })).isInstanceOfSatisfying(JobError.class, error -> assertThat(error.getRetries()).isZero());
    }

    @Test
    void technicalTroubleIsRetriedAfterTheBackoff() {
        assertThatThrownBy(() -> runner.run("publish content CNT1", () -> {
            throw new RuntimeException("connection refused");
        })).isInstanceOfSatisfying(JobError.class, error -> {
            assertThat(error.getErrorMessage()).isEqualTo("Failed to publish content CNT1, will retry: connection refused");
            assertThat(error.getRetries()).as("the job's retries minus one, decided by the client").isNull();
            assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(7));
        });
    }

    @Test
    void aMissingVariableIsBadInput() {
        assertThatThrownBy(() -> JobRunner.required("contentId", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variable contentId is missing");
        assertThat(JobRunner.required("contentId", "CNT1")).isEqualTo("CNT1");
    }
}
