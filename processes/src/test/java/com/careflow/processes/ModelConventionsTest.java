package com.careflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.CallActivity;
import org.operaton.bpm.model.bpmn.instance.ConditionExpression;
import org.operaton.bpm.model.bpmn.instance.Definitions;
import org.operaton.bpm.model.bpmn.instance.Message;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.TimerEventDefinition;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonIn;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonOut;

import com.careflow.domain.process.PayoutProcess;
import com.careflow.domain.process.HealthAlertProcess;

/**
 * What the platform relies on in every model: it runs on Operaton (external tasks by topic for the workers, history
 * cleanup, JUEL), opens in the Modeler as a Camunda 7 diagram, and carries no other engine's extensions.
 */
class ModelConventionsTest {

    static final List<String> MODELS = Models.ALL;

    private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";

    @ParameterizedTest
    @FieldSource("MODELS")
    void runsOnOperatonAndOpensInTheModelerAsCamunda7(String file) throws IOException {
        BpmnModelInstance model = Models.read(file);
        Definitions definitions = model.getDefinitions();
        assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Platform");
        assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion")).isEqualTo("7.24.0");
        // only BPMN's own namespaces, the Modeler's and Operaton's: an extension of another engine would be ignored
        assertThat(namespaces(Files.readString(Path.of(file)))).containsExactlyInAnyOrder(
                "http://www.omg.org/spec/BPMN/20100524/MODEL", "http://www.omg.org/spec/BPMN/20100524/DI",
                "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
                "http://www.w3.org/2001/XMLSchema-instance", MODELER_NS, "http://operaton.org/schema/1.0/bpmn");
    }

    /** The engine refuses a deployment without a history time to live; cleanup removes history after it. */
    @ParameterizedTest
    @FieldSource("MODELS")
    void everyProcessIsExecutableWithAHistoryTimeToLive(String file) {
        assertThat(Models.read(file).getModelElementsByType(Process.class)).isNotEmpty().allSatisfy(process -> {
            assertThat(process.isExecutable()).as("%s executable", process.getId()).isTrue();
            assertThat(process.getOperatonHistoryTimeToLiveString()).as("%s history TTL", process.getId())
                    .isEqualTo("P180D");
        });
    }

    /** Workers subscribe by topic: a service task with another implementation or an unknown topic would hang. */
    @ParameterizedTest
    @FieldSource("MODELS")
    void everyServiceTaskIsAnExternalTaskOnAKnownTopic(String file) {
        assertThat(Models.read(file).getModelElementsByType(ServiceTask.class)).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getOperatonType()).as("%s type", task.getId()).isEqualTo("external");
            assertThat(task.getOperatonTopic()).as("%s topic", task.getId()).isIn(Models.topics());
            assertThat(Stream.of(task.getOperatonClass(), task.getOperatonExpression(),
                    task.getOperatonDelegateExpression()).filter(Objects::nonNull)).as("%s in-engine code",
                            task.getId()).isEmpty();
        });
    }

    @ParameterizedTest
    @FieldSource("MODELS")
    void everyUserTaskGoesToTheReviewerInboxWithItsSchedule(String file) {
        for (UserTask task : Models.read(file).getModelElementsByType(UserTask.class)) {
            if (task.getId().equals(HealthAlertProcess.TASK_CALL_BACK)) {
                // the crisis call-back goes to the consultants, due 30 minutes after the reading, before anything else
                assertThat(task.getOperatonCandidateGroupsList()).containsExactly(HealthAlertProcess.GROUP);
                assertThat(task.getOperatonDueDate()).isEqualTo("${callBackDue}");
                assertThat(task.getOperatonPriority()).isEqualTo("90");
                continue;
            }
            // the inbox is one page for staff; finance's tasks (payout approval) are its share of it
            String group = PayoutProcess.TASK_APPROVE.equals(task.getId()) ? PayoutProcess.FINANCE_GROUP : "reviewer";
            assertThat(task.getOperatonCandidateGroupsList()).as("%s groups", task.getId()).containsExactly(group);
            assertThat(task.getOperatonDueDate()).isEqualTo("${reviewDueDate}");
            assertThat(task.getOperatonFollowUpDate()).isEqualTo("${reviewFollowUpDate}");
            assertThat(task.getOperatonPriority()).isEqualTo("${reviewPriority}");
        }
    }

    /** Called instances run under the caller's business key (messages find them by it) and share all variables. */
    @ParameterizedTest
    @FieldSource("MODELS")
    void everyCallActivityPassesTheBusinessKeyAndAllVariablesBothWays(String file) {
        for (CallActivity call : Models.read(file).getModelElementsByType(CallActivity.class)) {
            assertThat(call.getCalledElement()).as("%s calls", call.getId()).isIn(processIds());
            if (call.getLoopCharacteristics() != null) {
                continue; // one call per item (the settlement's payouts): each runs under its item's own key
            }
            List<OperatonIn> ins = List.copyOf(call.getExtensionElements().getChildElementsByType(OperatonIn.class));
            assertThat(ins).extracting(OperatonIn::getOperatonBusinessKey).as("%s business key", call.getId())
                    .contains("#{execution.processBusinessKey}");
            assertThat(ins).extracting(OperatonIn::getOperatonVariables).contains("all");
            assertThat(call.getExtensionElements().getChildElementsByType(OperatonOut.class))
                    .extracting(OperatonOut::getOperatonVariables).containsExactly("all");
        }
    }

    /** JUEL, not FEEL: a leftover "=expr" would be read as a literal (timer) or fail (condition) at run time. */
    @ParameterizedTest
    @FieldSource("MODELS")
    void everyConditionAndTimerIsAnExpressionOrALiteralDuration(String file) {
        BpmnModelInstance model = Models.read(file);
        assertThat(model.getModelElementsByType(ConditionExpression.class)).allSatisfy(condition ->
                assertThat(condition.getTextContent()).matches("\\$\\{.+}"));
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            String when = Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
                    .filter(Objects::nonNull).findFirst().orElseThrow().getTextContent();
            assertThat(when).as("timer %s", timer.getId()).matches("\\$\\{\\w+(\\.\\w+)?}|P(T?\\d+[DHMS])+");
        }
        assertThat(model.getModelElementsByType(Message.class)).allSatisfy(message -> {
            assertThat(message.getName()).isNotBlank();
            assertThat(message.getExtensionElements()).as("%s: correlation is the sender's", message.getId()).isNull();
        });
    }

    private static List<String> processIds() {
        return MODELS.stream().flatMap(file -> Models.read(file).getModelElementsByType(Process.class).stream())
                .map(Process::getId).toList();
    }

    private static List<String> namespaces(String xml) {
        return java.util.regex.Pattern.compile("xmlns:\\w+=\"([^\"]+)\"").matcher(xml).results()
                .map(match -> match.group(1)).distinct().toList();
    }
}
