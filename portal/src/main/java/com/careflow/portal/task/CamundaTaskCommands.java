package com.careflow.portal.task;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.careflow.domain.process.ReviewDecision;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.FinalCommandStep;
import io.camunda.client.api.command.ProblemException;

/**
 * {@link TaskCommands} over the engine's REST user-task API ({@code /v2/user-tasks/...}), which Zeebe 8.6 has
 * although the rest of the client talks gRPC. A claim is an assignment with {@code allowOverride=false}: the engine
 * rejects it (HTTP 409, INVALID_STATE) when the task already has another assignee, which is what keeps two
 * reviewers from deciding the same task.
 */
@Component
class CamundaTaskCommands implements TaskCommands {

    static final String CLAIM = "claim";
    static final String UNCLAIM = "unclaim";
    static final String COMPLETE = "complete";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final CamundaClient camunda;

    CamundaTaskCommands(CamundaClient camunda) {
        this.camunda = camunda;
    }

    @Override
    public void claim(long taskKey, String userId) {
        send(camunda.newAssignUserTaskCommand(taskKey).assignee(userId).allowOverride(false).action(CLAIM));
    }

    @Override
    public void unclaim(long taskKey) {
        send(camunda.newUnassignUserTaskCommand(taskKey));
    }

    @Override
    public void complete(long taskKey, ReviewDecision decision) {
        send(camunda.newCompleteUserTaskCommand(taskKey).action(COMPLETE).variables(decision));
    }

    private static void send(FinalCommandStep<?> command) {
        try {
            command.requestTimeout(TIMEOUT).send().join();
        }
        catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** 409 (INVALID_STATE) and 404 (NOT_FOUND) are answers about the task; everything else is the engine's trouble. */
    static RuntimeException translated(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClientHttpException http) {
                String detail = cause instanceof ProblemException problem && problem.details() != null
                        ? problem.details().getDetail() : http.getMessage();
                return switch (http.code()) {
                    case 409 -> new TaskCommandRejectedException(TaskCommandRejectedException.Reason.CONFLICT,
                            detail, e);
                    case 404 -> new TaskCommandRejectedException(TaskCommandRejectedException.Reason.NOT_FOUND,
                            detail, e);
                    default -> e;
                };
            }
        }
        return e;
    }
}
