package com.careflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.careflow.worker.TaskFailure;

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
        })).isInstanceOfSatisfying(TaskFailure.class, error -> {
            assertThat(error.getMessage()).isEqualTo("Cannot check application APP1: it was already decided");
            assertThat(error.retryable()).isFalse();
        });
    }

    @Test
    void theModulesOwnBadInputFailsWithoutRetriesToo() {
        assertThatThrownBy(() -> runner.run("grant", () -> {
            throw new UnknownUser("no user u1");
        })).isInstanceOfSatisfying(TaskFailure.class, error -> assertThat(error.retryable()).isFalse());
    }

    @Test
    void technicalTroubleIsRetriedAfterTheBackoff() {
        assertThatThrownBy(() -> runner.run("publish content CNT1", () -> {
            throw new RuntimeException("connection refused");
        })).isInstanceOfSatisfying(TaskFailure.class, error -> {
            assertThat(error.getMessage()).isEqualTo("Failed to publish content CNT1, will retry: connection refused");
            assertThat(error.retryable()).as("the task's retries minus one, counted by the subscription").isTrue();
            assertThat(error.backoff()).isEqualTo(Duration.ofSeconds(7));
        });
    }

    @Test
    void aMissingVariableIsBadInput() {
        assertThatThrownBy(() -> JobRunner.required("contentId", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variable contentId is missing");
        assertThat(JobRunner.required("contentId", "CNT1")).isEqualTo("CNT1");
    }
}
