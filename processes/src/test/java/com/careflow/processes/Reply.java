package com.careflow.processes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;

import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.PaymentOutcome;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.domain.process.AppointmentProcess;

/** How a scripted handler answers a job: complete with variables, or throw a BPMN error like a real worker. */
@FunctionalInterface
interface Reply {

    void answer(JobClient client, ActivatedJob job);

    /** Completes with these variables; a null value is sent as JSON null (e.g. "no provider"). */
    static Reply complete(Map<String, ?> variables) {
        Map<String, Object> copy = new HashMap<>(variables);
        return (client, job) -> client.newCompleteCommand(job).variables(copy).send().join();
    }

    static Reply complete(String name, Object value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(name, value);
        return complete(variables);
    }

    static Reply error(String code) {
        return (client, job) -> client.newThrowErrorCommand(job).errorCode(code).errorMessage(code + " (scripted)")
                .send().join();
    }

    /** What the real worker of the job's type hands back on the ordinary path. */
    static Reply ordinary(ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        String orderNumber = String.valueOf(variables.get("orderNumber"));
        return switch (job.getType()) {
            case ServiceOrderProcess.JOB_CHARGE_PAYMENT -> {
                PaymentOutcome approved = PaymentOutcome.approved("PAY-" + orderNumber);
                yield complete(Map.of("paymentApproved", approved.paymentApproved(), "paymentId",
                        approved.paymentId()));
            }
            case GrabOrderProcess.JOB_OPEN_OFFER -> complete(Map.of("offerWindow", "PT10M", "offerRound", 1,
                    "offerOutcome", "OPEN"));
            case GrabOrderProcess.JOB_EXPIRE_ROUND -> Integer.valueOf(1).equals(variables.get("offerRound"))
                    ? complete(Map.of("offerRound", 2, "offerOutcome", "WIDENED"))
                    : complete(Map.of("offerOutcome", "EXHAUSTED"));
            case GrabOrderProcess.JOB_RANK_PROVIDERS -> complete("rankedProviders",
                    List.of("provider-best", "provider-second"));
            case GrabOrderProcess.JOB_AUTO_ASSIGN -> {
                Map<String, Object> assigned = new HashMap<>();
                Object ranked = variables.get("rankedProviders");
                assigned.put("providerId", ranked instanceof List<?> list && !list.isEmpty() ? list.get(0) : null);
                assigned.put("assignedBy", "AUTO");
                yield complete(assigned);
            }
            case AppointmentProcess.JOB_RECORD_NO_SHOW -> complete("checkedIn", false);
            case ServiceOrderProcess.JOB_REPLACE_PROVIDER -> complete("replacementFound", false);
            default -> complete(Map.of());
        };
    }
}
