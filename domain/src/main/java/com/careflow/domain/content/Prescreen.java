package com.careflow.domain.content;

import java.util.List;
import java.util.Objects;

/** The ai pre-screen of one piece of content: verdict, score 0–100 (higher is cleaner) and what it found. */
public record Prescreen(PrescreenVerdict verdict, int score, List<Finding> findings) {

    public Prescreen {
        Objects.requireNonNull(verdict, "verdict");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0..100, was " + score);
        }
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The distinct reason codes of the findings, in the order found: what an automatic rejection carries. */
    public List<RejectionReason> reasons() {
        return findings.stream().map(Finding::reasonCode).distinct().toList();
    }
}
