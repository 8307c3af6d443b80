package com.careflow.certify;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.careflow.domain.process.CertificationProcess;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;

/**
 * {@link RenewalMessages} through the Camunda client. Time to live zero: only an instance waiting right now (the
 * old certificate's) takes it; the renewing instance, which subscribes to the same key later, never does. The
 * message id makes a redelivered grant publish once.
 */
@Component
class CamundaRenewalMessages implements RenewalMessages {

    private final ObjectProvider<CamundaClient> camunda;

    CamundaRenewalMessages(ObjectProvider<CamundaClient> camunda) {
        this.camunda = camunda;
    }

    @Override
    public void renewed(String renewalKey, String applicationId) {
        try {
            camunda.getObject().newPublishMessageCommand()
                    .messageName(CertificationProcess.MESSAGE_RENEWED)
                    .correlationKey(renewalKey)
                    .messageId("renewed:" + applicationId)
                    .timeToLive(Duration.ZERO)
                    .variables(Map.of("renewedBy", applicationId))
                    .send()
                    .join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
