package com.careflow.domain.process;

/**
 * Ids of processes/health-interpretation.bpmn: the portal starts it when a customer asks to interpret a period of
 * their readings; the ai worker answers. Business key: the interpretation id. Behaviour:
 * features/health-alert.feature.
 */
public final class HealthInterpretationProcess {

    public static final String PROCESS_ID = "health-interpretation";

    public static final String JOB_INTERPRET = "ai.interpret-readings";

    /** Variables. */
    public static final String VAR_INTERPRETATION_ID = "interpretationId";

    private HealthInterpretationProcess() {
    }
}
