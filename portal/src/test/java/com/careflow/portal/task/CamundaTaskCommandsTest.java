package com.careflow.portal.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.camunda.client.api.command.ClientHttpException;

/**
 * How the engine's answers to a task command become the inbox's: 409 and 404 are about the task (someone else holds
 * it, it is gone), anything else is the engine's trouble and passes through unchanged.
 */
class CamundaTaskCommandsTest {

    @Test
    void aConflictIsAnAnswerAboutTheTask() {
        RuntimeException translated = CamundaTaskCommands.translated(new ClientHttpException(409, "task is assigned"));

        assertThat(translated).isInstanceOfSatisfying(TaskCommandRejectedException.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(TaskCommandRejectedException.Reason.CONFLICT));
    }

    @Test
    void aConflictWrappedByTheClientsFutureIsFoundToo() {
        RuntimeException translated = CamundaTaskCommands.translated(
                new CompletionException(new ClientHttpException(409, "task is assigned")));

        assertThat(translated).isInstanceOfSatisfying(TaskCommandRejectedException.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(TaskCommandRejectedException.Reason.CONFLICT));
    }

    @Test
    void aMissingTaskIsAnAnswerAboutTheTask() {
        RuntimeException translated = CamundaTaskCommands.translated(new ClientHttpException(404, "no such task"));

        assertThat(translated).isInstanceOfSatisfying(TaskCommandRejectedException.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(TaskCommandRejectedException.Reason.NOT_FOUND));
    }

    @Test
    void engineTroublePassesThrough() {
        ClientHttpException down = new ClientHttpException(503, "unavailable");

        assertThat(CamundaTaskCommands.translated(down)).isSameAs(down);
    }
}
