package com.careflow.portal.analyst.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.careflow.portal.analyst.lint.LintFinding.Severity;
import com.careflow.portal.security.Roles;

/** CareFlow's rules on small diagrams, against fixed code-base facts. */
class CareflowRulesTest {

    private static final String DIAGRAM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:operaton="http://operaton.org/schema/1.0/bpmn" id="d" targetNamespace="t">
              <bpmn:message id="Message_Paid" name="payment-submitted" />
              <bpmn:message id="Message_Nobody" name="nobody-sends-this" />
              <bpmn:process id="visit" isExecutable="true">
                <bpmn:startEvent id="Start" />
                <bpmn:serviceTask id="Charge" operaton:type="external" operaton:topic="payment.charge" />
                <bpmn:serviceTask id="Teleport" operaton:type="external" operaton:topic="teleport.patient" />
                <bpmn:intermediateCatchEvent id="Paid">
                  <bpmn:messageEventDefinition id="PaidDefinition" messageRef="Message_Paid" />
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="Waiting">
                  <bpmn:messageEventDefinition id="WaitingDefinition" messageRef="Message_Nobody" />
                </bpmn:intermediateCatchEvent>
                <bpmn:userTask id="Review" operaton:candidateGroups="reviewer, ${escalation}" />
                <bpmn:userTask id="Nurse" operaton:candidateGroups="nurses" />
                <bpmn:userTask id="Anyone" />
                <bpmn:endEvent id="Notify">
                  <bpmn:messageEventDefinition id="NotifyDefinition" operaton:type="external" operaton:topic="notify.customer" />
                </bpmn:endEvent>
              </bpmn:process>
            </bpmn:definitions>
            """;

    private static CareflowRules rules(Map<String, List<String>> coverage) {
        return new CareflowRules(
                Codebase.topics(Map.of("payment.charge", "workers/payment", "notify.customer", "workers/notify")),
                Codebase.senders(Set.of("payment-submitted")), Codebase.coverage(coverage), Roles.CAREFLOW);
    }

    @Test
    void unservedTopicsUnsentMessagesAndGroupsThatAreNoRoleAreErrorsOnTheirElements() {
        List<LintFinding> findings = rules(null).check(BpmnFacts.of(DIAGRAM));

        assertThat(findings).extracting(LintFinding::elementId, LintFinding::rule, LintFinding::severity,
                        LintFinding::arguments)
                .containsExactlyInAnyOrder(
                        tuple("Teleport", CareflowRules.TOPIC, Severity.ERROR, List.of("teleport.patient")),
                        tuple("Waiting", CareflowRules.MESSAGE, Severity.ERROR, List.of("nobody-sends-this")),
                        tuple("Nurse", CareflowRules.GROUP, Severity.ERROR,
                                List.of("nurses", String.join(", ", Roles.CAREFLOW))),
                        tuple("Anyone", CareflowRules.GROUP, Severity.ERROR, List.of()));
    }

    @Test
    void elementsNoScenarioPassesAreWarningsOnceCoverageIsRecorded() {
        Map<String, List<String>> covered = Map.of(
                "visit/Start", List.of("features/x.feature: a"), "visit/Charge", List.of("features/x.feature: a"));

        List<LintFinding> findings = rules(covered).check(BpmnFacts.of(DIAGRAM));

        assertThat(findings).filteredOn(finding -> finding.rule().equals(CareflowRules.COVERAGE))
                .allMatch(finding -> finding.severity() == Severity.WARNING)
                .extracting(LintFinding::elementId)
                .containsExactlyInAnyOrder("Teleport", "Paid", "Waiting", "Review", "Nurse", "Anyone", "Notify");
    }

    @Test
    void ourOwnModelsPassWhenTheCodeBaseServesThem() throws Exception {
        String serviceOrder = BpmnlintTest.classpath("processes/service-order.bpmn");
        BpmnFacts facts = BpmnFacts.of(serviceOrder);
        Map<String, String> everyTopic = new java.util.HashMap<>();
        facts.topics().forEach(topic -> everyTopic.put(topic.topic(), "somewhere"));
        Set<String> everyMessage = new java.util.HashSet<>();
        facts.waitedMessages().forEach(message -> everyMessage.add(message.messageName()));

        List<LintFinding> findings = new CareflowRules(Codebase.topics(everyTopic), Codebase.senders(everyMessage),
                Codebase.coverage(null), Roles.CAREFLOW).check(facts);

        assertThat(facts.topics()).extracting(BpmnFacts.Topic::topic).contains("payment.charge", "order.confirm");
        assertThat(facts.waitedMessages()).extracting(BpmnFacts.WaitedMessage::messageName)
                .contains("payment-submitted", "order-cancel-requested");
        assertThat(findings).isEmpty();
    }

    @Test
    void whatDoesNotParseGivesNoFacts() {
        assertThat(BpmnFacts.of("<not-bpmn")).isEqualTo(new BpmnFacts(List.of(), List.of(), List.of(), List.of()));
    }
}
