package com.careflow.portal.analyst.lint;

import java.util.List;

/**
 * One finding of the lint on one element ({@code elementId} null: the whole diagram). {@code message} is a message key
 * of the portal with its {@code arguments} for CareFlow's rules, or bpmnlint's own English text for its rules.
 */
public record LintFinding(String elementId, Severity severity, String rule, String message, List<String> arguments) {

    public enum Severity {
        ERROR, WARNING
    }

    static LintFinding error(String elementId, String rule, String messageKey, String... arguments) {
        return new LintFinding(elementId, Severity.ERROR, rule, messageKey, List.of(arguments));
    }

    static LintFinding warning(String elementId, String rule, String messageKey, String... arguments) {
        return new LintFinding(elementId, Severity.WARNING, rule, messageKey, List.of(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
