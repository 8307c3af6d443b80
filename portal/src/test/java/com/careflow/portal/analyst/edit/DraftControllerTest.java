package com.careflow.portal.analyst.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.process.ModelDeployments.BlockedInstance;
import com.careflow.domain.process.ModelDeployments.Kind;
import com.careflow.domain.process.ModelDeployments.MigrationPreview;
import com.careflow.domain.process.ModelDeployments.ModelVersion;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/**
 * Drafts from start to deployment through the pages: stored in Mongo, checked on the server, deployed only without
 * errors (through an in-memory engine), discarded; and the migration pages.
 */
@PortalWebMvcTest
class DraftControllerTest {

    static final String PAYMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                xmlns:operaton="http://operaton.org/schema/1.0/bpmn" id="d" targetNamespace="t">
              <bpmn:process id="payment" name="Payment" isExecutable="true" operaton:historyTimeToLive="P180D">
                <bpmn:startEvent id="Start" name="Ordered"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:serviceTask id="Charge" name="Charge" operaton:type="external" operaton:topic="TOPIC">
                  <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:endEvent id="End" name="Paid"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Charge" />
                <bpmn:sequenceFlow id="F2" sourceRef="Charge" targetRef="End" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Plane" bpmnElement="payment">
                <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="Charge_di" bpmnElement="Charge"><dc:Bounds x="200" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
                <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>
              </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryModelDeployments engine;
    @Autowired
    Drafts drafts;
    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void data() {
        engine.reset();
        mongo.dropCollection(Drafts.COLLECTION);
        engine.seed(Kind.BPMN, "payment.bpmn", served());
    }

    static String served() {
        return PAYMENT.replace("TOPIC", "payment.charge");
    }

    @Test
    void anAnalystStartsADraftFromADeployedVersionAndSeesItListed() throws Exception {
        String list = mvc.perform(get("/analyst/drafts").with(TestUsers.user("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"drafts-empty\"", "data-key=\"payment\"");

        String location = mvc.perform(post("/analyst/drafts").param("kind", "BPMN").param("key", "payment")
                        .param("version", "1").with(TestUsers.user("analyst")).with(csrf()))
                .andExpect(redirectedUrlPattern("/analyst/drafts/*")).andReturn().getResponse().getRedirectedUrl();
        Draft draft = drafts.all().getFirst();

        assertThat(location).isEqualTo("/analyst/drafts/" + draft.id());
        assertThat(draft.xml()).isEqualTo(served());
        assertThat(draft.baseVersion()).isEqualTo(1);
        assertThat(draft.createdBy()).isEqualTo("analyst");
        assertThat(mvc.perform(get("/analyst/drafts").with(TestUsers.user("analyst"))).andReturn().getResponse()
                .getContentAsString()).contains("data-draft=\"" + draft.id() + "\"");
        assertThat(mvc.perform(get(location + "/xml").with(TestUsers.user("analyst"))).andReturn().getResponse()
                .getContentAsString()).isEqualTo(served());
    }

    @Test
    void aVersionThatIsNotDeployedOrNoNumberIsAFieldErrorAndNoDraft() throws Exception {
        String page = mvc.perform(post("/analyst/drafts").param("kind", "BPMN").param("key", "payment")
                        .param("version", "7").with(TestUsers.user("analyst")).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/analyst/drafts").param("kind", "PDF").param("key", "payment").param("version", "x")
                .with(TestUsers.user("analyst")).with(csrf())).andExpect(status().isUnprocessableEntity());

        assertThat(page).contains("id=\"start-error\"", "该模型没有这个已部署的版本");
        assertThat(drafts.all()).isEmpty();
    }

    @Test
    void theEditorShowsEachFindingOnItsElementAndSavingKeepsTheXml() throws Exception {
        Draft draft = start();
        String unserved = PAYMENT.replace("TOPIC", "teleport.patient");

        mvc.perform(post("/analyst/drafts/" + draft.id()).param("xml", unserved).with(TestUsers.user("analyst"))
                .with(csrf())).andExpect(redirectedUrl("/analyst/drafts/" + draft.id()))
                .andExpect(flash().attribute(DraftController.NOTICE, "analyst.draft.saved"));
        String editor = mvc.perform(get("/analyst/drafts/" + draft.id()).with(TestUsers.user("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(drafts.find(draft.id()).orElseThrow().xml()).isEqualTo(unserved);
        assertThat(editor).containsPattern("data-element=\"Charge\"\\s+data-severity=\"error\"\\s+"
                + "data-rule=\"careflow/topic-served\"").contains("没有任何 worker 订阅主题“teleport.patient”");
    }

    @Test
    void deployIsRefusedWhileAnErrorStandsAndNothingIsDeployed() throws Exception {
        Draft draft = start();

        String page = mvc.perform(post("/analyst/drafts/" + draft.id() + "/deploy")
                        .param("xml", PAYMENT.replace("TOPIC", "teleport.patient"))
                        .with(TestUsers.user("analyst")).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-notice=\"analyst.draft.refused\"", "data-element=\"Charge\"");
        assertThat(engine.all()).hasSize(1);
        assertThat(drafts.find(draft.id())).isPresent();
    }

    @Test
    void aCleanDraftDeploysAsTheNextVersionByTheAnalystAndLeavesTheDrafts() throws Exception {
        Draft draft = start();
        String renamed = served().replace("name=\"Charge\"", "name=\"Charge the card\"");

        mvc.perform(post("/analyst/drafts/" + draft.id() + "/deploy").param("xml", renamed)
                        .with(TestUsers.user("analyst")).with(csrf()))
                .andExpect(redirectedUrl("/analyst/drafts"))
                .andExpect(flash().attribute(DraftController.NOTICE, "analyst.draft.deployed"));

        ModelVersion deployed = engine.all().getLast();
        assertThat(deployed.version()).isEqualTo(2);
        assertThat(deployed.deployedBy()).isEqualTo("analyst");
        assertThat(engine.source(Kind.BPMN, "payment", 2)).contains(renamed);
        assertThat(drafts.find(draft.id())).isEmpty();
    }

    @Test
    void whatTheEngineRefusesIsShownWithItsReasonAndNothingIsDeployed() throws Exception {
        Draft draft = start();

        String page = mvc.perform(post("/analyst/drafts/" + draft.id() + "/deploy")
                        .param("xml", served().replace("name=\"Paid\"", "name=\"refused-by-engine\""))
                        .with(TestUsers.user("analyst")).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-notice=\"analyst.draft.refusedByEngine\"", "ENGINE-09005");
        assertThat(engine.all()).hasSize(1);
    }

    @Test
    void withoutXmlNothingChangesAndAnUnknownDraftIsNotFound() throws Exception {
        Draft draft = start();

        mvc.perform(post("/analyst/drafts/" + draft.id()).param("xml", " ").with(TestUsers.user("analyst"))
                .with(csrf())).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/analyst/drafts/no-such-draft").with(TestUsers.user("analyst")))
                .andExpect(status().isNotFound());

        assertThat(drafts.find(draft.id()).orElseThrow().xml()).isEqualTo(served());
    }

    @Test
    void aDiscardedDraftIsGone() throws Exception {
        Draft draft = start();

        mvc.perform(post("/analyst/drafts/" + draft.id() + "/discard").with(TestUsers.user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/analyst/drafts"));

        assertThat(drafts.find(draft.id())).isEmpty();
        assertThat(engine.all()).hasSize(1);
    }

    @Test
    void theMigrationPageShowsWhatCannotMoveAndMigratesTheRest() throws Exception {
        engine.seed(Kind.BPMN, "payment.bpmn", served());
        engine.preview = new MigrationPreview("payment", 1, 2, 3, List.of("Check"),
                List.of(new BlockedInstance("pi-7", "ORD20300101000007", "waits in Check, which the new version lacks")),
                null);

        String preview = mvc.perform(get("/analyst/migrations").param("process", "payment").param("version", "1")
                .with(TestUsers.user("analyst"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String result = mvc.perform(post("/analyst/migrations").param("process", "payment").param("version", "1")
                .with(TestUsers.user("analyst")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(preview).contains("ORD20300101000007", "waits in Check", "迁移 2 个实例到版本 2");
        assertThat(result).contains("id=\"migration-result\"", "data-not-migrated=\"1\"");
        assertThat(engine.migrated).containsExactly("payment@1");
        mvc.perform(get("/analyst/migrations").param("process", "payment").param("version", "9")
                .with(TestUsers.user("analyst"))).andExpect(status().isNotFound());
    }

    private Draft start() {
        return drafts.start(Kind.BPMN, "payment", 1, "analyst").orElseThrow();
    }
}
