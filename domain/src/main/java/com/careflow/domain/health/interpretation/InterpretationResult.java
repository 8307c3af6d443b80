package com.careflow.domain.health.interpretation;

import java.util.List;

/** An interpreter's answer: a short summary, the notable findings, suggestions and a confidence from 0 to 1. */
public record InterpretationResult(String summary, List<String> findings, List<String> suggestions,
        double confidence) {

    public InterpretationResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
