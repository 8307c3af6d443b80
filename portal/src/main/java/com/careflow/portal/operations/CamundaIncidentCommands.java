package com.careflow.portal.operations;

import org.springframework.stereotype.Component;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;

/**
 * {@link IncidentCommands} over gRPC: first the job's retries (a job incident is raised when they ran out, and
 * resolving it without retries would only raise it again), then the incident.
 */
@Component
class CamundaIncidentCommands implements IncidentCommands {

    private final CamundaClient camunda;

    CamundaIncidentCommands(CamundaClient camunda) {
        this.camunda = camunda;
    }

    @Override
    public void retry(long incidentKey, long jobKey) {
        try {
            if (jobKey > 0) {
                camunda.newUpdateRetriesCommand(jobKey).retries(RETRIES).send().join();
            }
            camunda.newResolveIncidentCommand(incidentKey).send().join();
        }
        catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                throw new IncidentGoneException("Incident " + incidentKey + " is no longer open", e);
            }
            throw e;
        }
    }
}
