package com.careflow.portal.health.alert;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.engine.Workflows;
import com.careflow.domain.process.HealthAlertProcess;

/**
 * {@link AlertProcess} on the engine. The call-back's due date is computed here (JUEL has no date arithmetic the
 * models use); {@code callBackAssignee} starts empty so the model's claim check finds it set, null or not.
 */
@Component
class EngineAlertProcess implements AlertProcess {

    private final Workflows workflows;

    EngineAlertProcess(Workflows workflows) {
        this.workflows = workflows;
    }

    @Override
    public void start(String readingId, String customerId, Instant callBackDue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(HealthAlertProcess.VAR_READING_ID, readingId);
        variables.put(HealthAlertProcess.VAR_CUSTOMER_ID, customerId);
        variables.put(HealthAlertProcess.VAR_CALL_BACK_DUE, Date.from(callBackDue));
        variables.put(HealthAlertProcess.VAR_CALL_BACK_ASSIGNEE, null);
        workflows.start(HealthAlertProcess.PROCESS_ID, readingId, variables);
    }
}
