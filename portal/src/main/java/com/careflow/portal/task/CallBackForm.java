package com.careflow.portal.task;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;

import com.careflow.domain.health.alert.CallBackOutcome;
import com.careflow.domain.process.HealthAlertProcess;
import com.careflow.portal.security.PortalUser;

/** The call-back's outcome: one of {@link CallBackOutcome}, and a note of at most {@value #NOTE_MAX} characters. */
public class CallBackForm {

    static final String NAME = "callBackForm";
    static final int NOTE_MAX = 500;

    private String outcome;
    private String note;

    void validate(Errors errors) {
        if (outcome == null || Arrays.stream(CallBackOutcome.values()).noneMatch(o -> o.name().equals(outcome))) {
            errors.rejectValue("outcome", "task.callBack.outcome.required");
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            errors.rejectValue("note", "task.form.note.tooLong", new Object[] { NOTE_MAX }, null);
        }
    }

    /** The variables the CallBack task completes with. */
    Map<String, Object> variables(PortalUser consultant) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(HealthAlertProcess.VAR_OUTCOME, outcome);
        variables.put(HealthAlertProcess.VAR_OUTCOME_NOTE, note == null || note.isBlank() ? null : note.strip());
        variables.put(HealthAlertProcess.VAR_CONSULTANT_ID, consultant.id());
        variables.put(HealthAlertProcess.VAR_CONSULTANT_NAME, consultant.name());
        return variables;
    }

    /** The outcomes the form offers, in order. */
    public List<String> getOutcomes() {
        return Arrays.stream(CallBackOutcome.values()).map(Enum::name).toList();
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
