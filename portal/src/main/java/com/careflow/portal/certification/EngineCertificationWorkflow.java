package com.careflow.portal.certification;

import org.springframework.stereotype.Component;

import com.careflow.domain.engine.Workflows;
import com.careflow.domain.process.CertificationApplied;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.worker.TaskVariables;

/** {@link CertificationWorkflow} on the engine's {@link Workflows} port; the application id is the business key. */
@Component
class EngineCertificationWorkflow implements CertificationWorkflow {

    private final Workflows workflows;

    EngineCertificationWorkflow(Workflows workflows) {
        this.workflows = workflows;
    }

    @Override
    public String start(CertificationApplied applied) {
        return workflows.start(CertificationProcess.PROCESS_ID, applied.applicationId(),
                TaskVariables.write(applied));
    }
}
