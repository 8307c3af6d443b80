package com.careflow.portal.analyst.lint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.careflow.portal.analyst.codebase.MessageSenders;
import com.careflow.portal.analyst.codebase.ScenarioCoverage;
import com.careflow.portal.analyst.codebase.WorkerTopics;
import com.careflow.portal.security.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.PreDestroy;

/**
 * The check a BPMN draft passes before it may be deployed: bpmnlint's recommended rules (with bpmnlint's own
 * error / warning levels) and CareFlow's rules ({@link CareflowRules}; the candidate groups against the portal's
 * roles, {@link Roles#CAREFLOW}). Errors refuse the deployment; warnings do not.
 */
@Component
public class DiagramLint {

    private final Bpmnlint bpmnlint;
    private final CareflowRules careflow;

    @Autowired
    DiagramLint(ObjectMapper json, WorkerTopics topics, MessageSenders senders, ScenarioCoverage coverage) {
        this(new Bpmnlint(json), new CareflowRules(topics, senders, coverage, Roles.CAREFLOW));
    }

    DiagramLint(Bpmnlint bpmnlint, CareflowRules careflow) {
        this.bpmnlint = bpmnlint;
        this.careflow = careflow;
    }

    public LintReport lint(String bpmnXml) {
        long start = System.nanoTime();
        List<LintFinding> findings = new ArrayList<>(bpmnlint.lint(bpmnXml));
        findings.addAll(careflow.check(BpmnFacts.of(bpmnXml)));
        return new LintReport(List.copyOf(findings), Duration.ofNanos(System.nanoTime() - start));
    }

    @PreDestroy
    void close() {
        bpmnlint.close();
    }
}
