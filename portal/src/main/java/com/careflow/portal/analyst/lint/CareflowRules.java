package com.careflow.portal.analyst.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.careflow.portal.analyst.codebase.MessageSenders;
import com.careflow.portal.analyst.codebase.ScenarioCoverage;
import com.careflow.portal.analyst.codebase.WorkerTopics;

/**
 * CareFlow's own rules, checked against the code base rather than the diagram alone: every external-task topic has a
 * worker, every message waited for has a sender, every user task's candidate groups are CareFlow roles (errors), and
 * every element is passed by some feature scenario (a warning; only when coverage was recorded).
 */
final class CareflowRules {

    static final String TOPIC = "careflow/topic-served";
    static final String MESSAGE = "careflow/message-sent";
    static final String GROUP = "careflow/candidate-group-role";
    static final String COVERAGE = "careflow/scenario-coverage";

    private final WorkerTopics topics;
    private final MessageSenders senders;
    private final ScenarioCoverage coverage;
    private final Collection<String> roles;

    CareflowRules(WorkerTopics topics, MessageSenders senders, ScenarioCoverage coverage, Collection<String> roles) {
        this.topics = topics;
        this.senders = senders;
        this.coverage = coverage;
        this.roles = roles;
    }

    List<LintFinding> check(BpmnFacts facts) {
        List<LintFinding> findings = new ArrayList<>();
        for (BpmnFacts.Topic topic : facts.topics()) {
            if (topics.moduleServing(topic.topic()).isEmpty()) {
                findings.add(LintFinding.error(topic.elementId(), TOPIC, "analyst.lint.topic-unserved",
                        topic.topic()));
            }
        }
        for (BpmnFacts.WaitedMessage message : facts.waitedMessages()) {
            if (message.messageName() == null) {
                findings.add(LintFinding.error(message.elementId(), MESSAGE, "analyst.lint.message-unnamed"));
            }
            else if (!isExpression(message.messageName()) && !senders.isSent(message.messageName())) {
                findings.add(LintFinding.error(message.elementId(), MESSAGE, "analyst.lint.message-unsent",
                        message.messageName()));
            }
        }
        for (BpmnFacts.UserTask task : facts.userTasks()) {
            if (task.candidateGroups().isEmpty()) {
                findings.add(LintFinding.error(task.elementId(), GROUP, "analyst.lint.group-missing"));
            }
            task.candidateGroups().stream().filter(group -> !isExpression(group) && !roles.contains(group))
                    .forEach(group -> findings.add(LintFinding.error(task.elementId(), GROUP,
                            "analyst.lint.group-unknown", group, String.join(", ", roles))));
        }
        if (coverage.recorded()) {
            facts.flowNodes().stream()
                    .filter(node -> coverage.scenariosThrough(node.processId(), node.id()).isEmpty())
                    .forEach(node -> findings.add(LintFinding.warning(node.id(), COVERAGE,
                            "analyst.lint.uncovered")));
        }
        return findings;
    }

    /** Resolved only at run time ("${reviewGroup}"): nothing to check here. */
    private static boolean isExpression(String value) {
        return value.startsWith("${") || value.startsWith("#{");
    }
}
