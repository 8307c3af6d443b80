package com.careflow.portal.analyst.lint;

import java.time.Duration;
import java.util.List;

/** The findings of one lint run; a draft with an {@linkplain #hasErrors() error} cannot be deployed. */
public record LintReport(List<LintFinding> findings, Duration took) {

    public boolean hasErrors() {
        return findings.stream().anyMatch(LintFinding::isError);
    }

    public long errors() {
        return findings.stream().filter(LintFinding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }
}
