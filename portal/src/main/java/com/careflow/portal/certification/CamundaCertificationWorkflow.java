package com.careflow.portal.certification;

import org.springframework.stereotype.Component;

import com.careflow.domain.process.CertificationApplied;
import com.careflow.domain.process.CertificationProcess;

import io.camunda.client.CamundaClient;

/** {@link CertificationWorkflow} on Zeebe, over the Camunda client (gRPC). */
@Component
class CamundaCertificationWorkflow implements CertificationWorkflow {

    private final CamundaClient camunda;

    CamundaCertificationWorkflow(CamundaClient camunda) {
        this.camunda = camunda;
    }

    @Override
    public long start(CertificationApplied applied) {
        return camunda.newCreateInstanceCommand()
                .bpmnProcessId(CertificationProcess.PROCESS_ID)
                .latestVersion()
                .variables(applied)
                .send()
                .join()
                .getProcessInstanceKey();
    }
}
