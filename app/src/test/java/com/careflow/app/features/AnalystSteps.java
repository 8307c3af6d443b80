package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.careflow.domain.engine.DeployedModel;
import com.careflow.domain.engine.ProcessActivity;
import com.careflow.domain.engine.ProcessModels;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The analyst workspace in the browser (features/analyst.feature), checked against the engine's own counts. */
public class AnalystSteps {

    static final String DEMO_PROCESS = "analyst-demo";
    private static final Duration RENDERED = Duration.ofSeconds(30);

    private final SignedInUsers users;
    private final ProcessModels models;
    private final ProcessActivity activity;

    private Browser browser;
    private DeployedModel shown;

    public AnalystSteps(SignedInUsers users, ProcessModels models, ProcessActivity activity) {
        this.users = users;
        this.models = models;
        this.activity = activity;
    }

    @When("the demo user {string} opens the {string} process/decision from her workspace")
    public void opensFromWorkspace(String username, String name) {
        browser = users.demo(username, "/analyst");
        WebElement link = browser.find(By.xpath("//a[starts-with(@id, 'open-') and normalize-space(.)='" + name + "']"));
        String key = link.getDomAttribute("id").substring("open-".length());
        link.click();
        shown = models.versionsOf(key).getFirst();
        browser.await(d -> d.getCurrentUrl().endsWith("/analyst/models/" + key + "/" + shown.version()), RENDERED);
        awaitRendered("diagram");
    }

    @Then("the diagram shows as many instances waiting at {string} as the engine holds, at least {int}")
    public void waitingAsTheEngineHolds(String elementName, int atLeast) {
        String id = elementId(elementName);
        // the page refreshes its counts every few seconds; the engine's count may move meanwhile, so both are read
        // until they agree
        browser.await(d -> {
            long engine = activity.waitingNow(shown.definitionId()).getOrDefault(id, 0L);
            List<WebElement> badges = d.findElements(By.cssSelector(".badge-waiting[data-element='" + id + "']"));
            return engine >= atLeast && badges.size() == 1 && badges.getFirst().getText().equals(String.valueOf(engine));
        }, Duration.ofSeconds(40));
    }

    @Then("the diagram shows at least {int} instances that passed {string} in the last 24 hours")
    public void passedInTheLastDay(int atLeast, String elementName) {
        String id = elementId(elementName);
        assertThat(browser.find(By.id("period")).getDomProperty("value")).isEqualTo("DAY");
        browser.await(d -> {
            List<WebElement> badges = d.findElements(By.cssSelector(".badge-passed[data-element='" + id + "']"));
            return badges.size() == 1 && Long.parseLong(badges.getFirst().getText()) >= atLeast;
        }, Duration.ofSeconds(30));
        assertThat(browser.find(By.cssSelector("g.djs-element[data-element-id='" + id + "']"))
                .getDomAttribute("class")).containsPattern("heat-[1-5]");
    }

    @When("she clicks {string} on the diagram")
    public void clicksElement(String elementName) {
        String id = elementId(elementName);
        browser.find(By.cssSelector("g.djs-element[data-element-id='" + id + "'] .djs-hit")).click();
        browser.await(d -> id.equals(d.findElement(By.id("element-panel")).getDomAttribute("data-element")),
                Duration.ofSeconds(10));
        assertThat(browser.find(By.id("panel-name")).getText()).isEqualTo(elementName);
    }

    @Then("the panel names the topic {string} served by {string}")
    public void panelNamesTopic(String topic, String module) {
        assertThat(browser.find(By.id("panel-topic")).getText()).isEqualTo(topic);
        assertThat(browser.find(By.id("panel-module")).getText()).isEqualTo(module);
        assertThat(Long.parseLong(browser.find(By.id("panel-entered")).getText())).isPositive();
    }

    @Then("the panel shows an average duration")
    public void panelShowsDuration() {
        assertThat(browser.find(By.id("panel-duration")).getText()).matches("[0-9.]+ (s|min [0-9]+ s)");
    }

    @Given("a process {string} first deployed by {string} and then by {string} with a step renamed, one added and one removed")
    public void twoVersions(String name, String first, String second) {
        models.deploy(DEMO_PROCESS + ".bpmn", demoProcess(name, List.of("Check", "Archive"), Map.of()), first);
        models.deploy(DEMO_PROCESS + ".bpmn",
                demoProcess(name, List.of("Check", "Notify"), Map.of("Check", "Check address")), second);
    }

    @Then("its version history names {string} for the newest version and {string} for the one before")
    public void historyNames(String newest, String before) {
        int version = shown.version();
        assertThat(browser.find(By.cssSelector("#history-v" + version + " .history-by")).getText()).isEqualTo(newest);
        assertThat(browser.find(By.cssSelector("#history-v" + (version - 1) + " .history-by")).getText())
                .isEqualTo(before);
    }

    @When("she compares the two newest versions")
    public void compares() {
        // the form preselects the version before and this one
        browser.clickToLeavePage("diff-submit");
        assertThat(browser.currentPath()).endsWith("/diff?from=" + (shown.version() - 1) + "&to=" + shown.version());
        awaitRendered("diff");
    }

    @Then("the comparison marks {string} as changed, {string} as added and {string} as removed")
    public void comparisonMarks(String changed, String added, String removed) {
        assertMarked(changed, "changed", "diff-newer");
        assertMarked(added, "added", "diff-newer");
        assertMarked(removed, "removed", "diff-older");
    }

    @Then("the decision table is shown")
    public void decisionTableShown() {
        assertThat(browser.driver().findElements(By.cssSelector("#diagram .tjs-table, #diagram .djs-container")))
                .isNotEmpty();
        assertThat(browser.find(By.id("diagram")).getText()).contains("Commission rate");
    }

    @Then("every page and API of the analyst workspace refuses the {string} with {int}")
    public void everyPageRefuses(String username, int status) {
        Browser visitor = users.current(username, "careflow", "/me");
        List<String> notRefused = new ArrayList<>();
        for (String path : List.of("/analyst", "/analyst/models/service-order/1", "/analyst/models/service-order/1/xml",
                "/analyst/models/service-order/diff?from=1&to=1")) {
            visitor.open(path);
            List<WebElement> error = visitor.driver().findElements(By.id("error-status"));
            if (error.isEmpty() || !error.getFirst().getText().contains(String.valueOf(status))) {
                notRefused.add(path);
            }
        }
        visitor.open("/api/analyst/models/service-order/1/activity");
        if (!visitor.driver().getPageSource().contains("\"status\":" + status)) {
            notRefused.add("/api/analyst/models/service-order/1/activity");
        }
        assertThat(notRefused).as("paths that did not answer " + status).isEmpty();
    }

    private void assertMarked(String name, String change, String canvas) {
        WebElement item = browser.find(By.cssSelector("#diff-list li[data-element='" + name + "']"));
        assertThat(item.getDomAttribute("data-change")).as(name).isEqualTo(change);
        assertThat(browser.find(By.cssSelector("#" + canvas + " g.djs-element[data-element-id='" + name + "']"))
                .getDomAttribute("class")).as(name + " on " + canvas).contains("diff-" + change);
    }

    private void awaitRendered(String id) {
        browser.await(d -> {
            String rendered = d.findElement(By.id(id)).getDomAttribute("data-rendered");
            if ("error".equals(rendered)) {
                throw new AssertionError("the page could not render: " + d.findElement(By.id(id)).getText());
            }
            return "true".equals(rendered);
        }, RENDERED);
    }

    /** The id of the element named {@code name} in the shown version. */
    private String elementId(String name) {
        String xml = models.xml(shown.definitionId()).orElseThrow();
        Matcher element = Pattern.compile("id=\"([^\"]+)\"\\s+name=\"" + Pattern.quote(name) + "\"").matcher(xml);
        assertThat(element.find()).as("an element named " + name + " in " + shown.key()).isTrue();
        return element.group(1);
    }

    /** A process of plain tasks in a row (ids as given, names renamed as given), with its diagram. */
    static String demoProcess(String name, List<String> tasks, Map<String, String> names) {
        StringBuilder flow = new StringBuilder();
        StringBuilder shapes = new StringBuilder();
        List<String> nodes = new ArrayList<>();
        nodes.add("Start");
        nodes.addAll(tasks);
        nodes.add("End");
        for (int i = 0; i < nodes.size(); i++) {
            String node = nodes.get(i);
            int x = 100 + i * 160;
            boolean event = i == 0 || i == nodes.size() - 1;
            String tag = i == 0 ? "startEvent" : i == nodes.size() - 1 ? "endEvent" : "task";
            flow.append("<bpmn:").append(tag).append(" id=\"").append(node).append("\" name=\"")
                    .append(names.getOrDefault(node, node)).append("\"/>");
            shapes.append("<bpmndi:BPMNShape id=\"").append(node).append("_di\" bpmnElement=\"").append(node)
                    .append("\"><dc:Bounds x=\"").append(x).append("\" y=\"").append(event ? 102 : 80)
                    .append("\" width=\"").append(event ? 36 : 100).append("\" height=\"").append(event ? 36 : 80)
                    .append("\"/></bpmndi:BPMNShape>");
            if (i > 0) {
                String previous = nodes.get(i - 1);
                String id = "Flow_" + previous + "_" + node;
                flow.append("<bpmn:sequenceFlow id=\"").append(id).append("\" sourceRef=\"").append(previous)
                        .append("\" targetRef=\"").append(node).append("\"/>");
                shapes.append("<bpmndi:BPMNEdge id=\"").append(id).append("_di\" bpmnElement=\"").append(id)
                        .append("\"><di:waypoint x=\"").append(x - 60).append("\" y=\"120\"/><di:waypoint x=\"")
                        .append(x).append("\" y=\"120\"/></bpmndi:BPMNEdge>");
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                    xmlns:operaton="http://operaton.org/schema/1.0/bpmn" id="Definitions_AnalystDemo"
                    targetNamespace="https://careflow.example/bpmn">
                  <bpmn:process id="%s" name="%s" isExecutable="true" operaton:historyTimeToLive="P1D">%s</bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_AnalystDemo"><bpmndi:BPMNPlane id="Plane_AnalystDemo" bpmnElement="%s">
                  %s</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(DEMO_PROCESS, name, flow, DEMO_PROCESS, shapes);
    }
}
