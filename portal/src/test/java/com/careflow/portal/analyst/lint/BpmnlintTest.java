package com.careflow.portal.analyst.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** bpmnlint's recommended rules on GraalJS, over our models and over diagrams nobody here wrote. */
class BpmnlintTest {

    /** The OMG BPMN MIWG reference models (see its README); read in place, never copied into the repository. */
    static final Path MIWG = Path.of(System.getProperty("careflow.bpmn-miwg", "/work/shared/bpmn-miwg/reference"));

    static Bpmnlint bpmnlint;

    @BeforeAll
    static void load() {
        bpmnlint = new Bpmnlint(new ObjectMapper());
    }

    @AfterAll
    static void close() {
        bpmnlint.close();
    }

    @Test
    void reportsTheRecommendedRulesFindingsOnTheirElements() throws IOException {
        String serviceOrder = classpath("processes/service-order.bpmn");
        long first = System.nanoTime();
        List<LintFinding> findings = bpmnlint.lint(serviceOrder); // the first lint also loads the bundle
        long firstMillis = (System.nanoTime() - first) / 1_000_000;
        long[] millis = new long[7];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            assertThat(bpmnlint.lint(serviceOrder)).isEqualTo(findings);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        System.out.println("bpmnlint of service-order.bpmn on GraalJS: first " + firstMillis + " ms, then median "
                + millis[millis.length / 2] + " ms (min " + millis[0] + ", max " + millis[millis.length - 1] + ")");

        assertThat(findings).as("the committed model can be redeployed from the workspace: warnings only")
                .extracting(LintFinding::severity).doesNotContain(LintFinding.Severity.ERROR);
        String unnamed = serviceOrder.replace(" name=\"Release the slot\"", "");
        assertThat(bpmnlint.lint(unnamed)).extracting(LintFinding::rule, LintFinding::elementId,
                LintFinding::severity).contains(org.assertj.core.groups.Tuple.tuple("bpmnlint/label-required",
                        "ReserveSlotCompensation", LintFinding.Severity.ERROR));
        assertThat(bpmnlint.lint(classpath("processes/grab-order.bpmn"))).isEmpty();
    }

    @Test
    void aLintDoesNotRememberThePreviousDiagram() throws IOException {
        String grabOrder = classpath("processes/grab-order.bpmn");

        bpmnlint.lint(grabOrder);

        // rules such as no-duplicate-sequence-flows keep what they saw: a second run must not find "duplicates"
        assertThat(bpmnlint.lint(grabOrder)).isEmpty();
    }

    @Test
    void aDiagramWithoutStartOrEndIsReported() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
                  <bpmn:process id="p" isExecutable="true"><bpmn:task id="Lonely" name="Lonely" /></bpmn:process>
                </bpmn:definitions>
                """;

        assertThat(bpmnlint.lint(xml)).extracting(LintFinding::rule)
                .contains("bpmnlint/start-event-required", "bpmnlint/end-event-required");
    }

    @Test
    void whatIsNoBpmnIsOneErrorNotAnException() {
        assertThat(bpmnlint.lint("<not-bpmn")).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("bpmnlint/xml");
            assertThat(finding.isError()).isTrue();
        });
    }

    @Test
    void theMiwgReferenceModelsLintWithoutFailing() throws IOException {
        assumeTrue(Files.isDirectory(MIWG), "BPMN MIWG reference models not found at " + MIWG + " — skipped");
        List<Path> models;
        try (Stream<Path> files = Files.list(MIWG)) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).isNotEmpty();
        for (Path model : models) {
            List<LintFinding> findings = bpmnlint.lint(Files.readString(model));
            assertThat(findings).as(model.toString()).noneMatch(finding -> finding.rule().equals("bpmnlint/xml")
                    && finding.isError());
        }
    }

    static String classpath(String resource) throws IOException {
        try (InputStream in = BpmnlintTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
