package com.careflow.processes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;

import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.PaymentOutcome;
import com.careflow.domain.process.PayoutProcess;
import com.careflow.domain.process.ServiceOrderProcess;

/**
 * How a scripted handler answers an external task, standing in for a worker: complete with variables, throw a
 * BPMN error, or report a failure.
 */
@FunctionalInterface
interface Reply {

    ObjectMapper JSON = new ObjectMapper();

    void answer(ExternalTaskService tasks, LockedExternalTask task);

    /** Completes with these variables; a null value is kept (e.g. "no provider"). */
    static Reply complete(Map<String, ?> variables) {
        Map<String, Object> copy = new HashMap<>(variables);
        return (tasks, task) -> tasks.complete(task.getId(), task.getWorkerId(), copy);
    }

    static Reply complete(String name, Object value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(name, value);
        return complete(variables);
    }

    static Reply error(String code) {
        return (tasks, task) -> tasks.handleBpmnError(task.getId(), task.getWorkerId(), code, code + " (scripted)");
    }

    /** A failed attempt with {@code retriesLeft} (0: an incident), retried at once otherwise. */
    static Reply failure(String message, int retriesLeft) {
        return (tasks, task) -> tasks.handleFailure(task.getId(), task.getWorkerId(), message, null, retriesLeft, 0);
    }

    /** Answers as {@link #ordinary} would, e.g. after a scripted failure. */
    static Reply asUsual() {
        return (tasks, task) -> ordinary(task).answer(tasks, task);
    }

    /**
     * What the real worker of the topic hands back on the ordinary path. Lists travel as JSON text, as the worker
     * API writes them (the engine refuses Java-serialized objects).
     */
    static Reply ordinary(LockedExternalTask task) {
        Map<String, Object> variables = task.getVariables();
        String orderNumber = String.valueOf(variables.get("orderNumber"));
        return switch (task.getTopicName()) {
            case ServiceOrderProcess.JOB_CHARGE_PAYMENT -> {
                PaymentOutcome approved = PaymentOutcome.approved("PAY-" + orderNumber);
                yield complete(Map.of("paymentApproved", approved.paymentApproved(), "paymentId",
                        approved.paymentId()));
            }
            case GrabOrderProcess.JOB_OPEN_OFFER -> complete(Map.of(GrabOrderProcess.VAR_OFFER_WINDOW, "PT10M",
                    "offerRound", 1, "offerOutcome", "OPEN"));
            case GrabOrderProcess.JOB_EXPIRE_ROUND -> Integer.valueOf(1).equals(variables.get("offerRound"))
                    ? complete(Map.of("offerRound", 2, "offerOutcome", "WIDENED"))
                    : complete(Map.of("offerOutcome", "EXHAUSTED"));
            case GrabOrderProcess.JOB_RANK_PROVIDERS -> complete("rankedProviders",
                    json(List.of("provider-best", "provider-second")));
            case GrabOrderProcess.JOB_AUTO_ASSIGN -> {
                List<?> ranked = list((String) variables.get("rankedProviders"));
                Map<String, Object> assigned = new HashMap<>();
                assigned.put("providerId", ranked.isEmpty() ? null : ranked.get(0));
                assigned.put("assignedBy", "AUTO");
                yield complete(assigned);
            }
            case AppointmentProcess.JOB_RECORD_NO_SHOW -> complete("checkedIn", false);
            case ServiceOrderProcess.JOB_REPLACE_PROVIDER -> complete("replacementFound", false);
            case PayoutProcess.JOB_SETTLE -> complete(PayoutProcess.VAR_STATEMENT_COUNT, 0);
            case PayoutProcess.JOB_PREPARE -> complete(PayoutProcess.VAR_APPROVAL_REQUIRED, false);
            case PayoutProcess.JOB_CONFIRM -> complete(PayoutProcess.VAR_RETURNED, false);
            default -> complete(Map.of());
        };
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<?> list(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, List.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
