package com.careflow.portal.health.interpretation;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.engine.Workflows;
import com.careflow.domain.process.HealthInterpretationProcess;

/** {@link InterpretationProcess} on the engine: the interpretation id is the business key and the one variable. */
@Component
class EngineInterpretationProcess implements InterpretationProcess {

    private final Workflows workflows;

    EngineInterpretationProcess(Workflows workflows) {
        this.workflows = workflows;
    }

    @Override
    public void start(String interpretationId) {
        workflows.start(HealthInterpretationProcess.PROCESS_ID, interpretationId,
                Map.of(HealthInterpretationProcess.VAR_INTERPRETATION_ID, interpretationId));
    }
}
