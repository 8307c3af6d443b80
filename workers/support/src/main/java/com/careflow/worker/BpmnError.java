package com.careflow.worker;

import java.util.Map;

/** A business outcome the model catches with an error boundary event of this {@code code}. */
public final class BpmnError extends RuntimeException {

    private final String code;
    private final Map<String, Object> variables;

    public BpmnError(String code, String message) {
        this(code, message, Map.of());
    }

    public BpmnError(String code, String message, Map<String, Object> variables) {
        super(message);
        this.code = code;
        this.variables = Map.copyOf(variables);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> variables() {
        return variables;
    }
}
