package com.careflow.portal.analyst.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.careflow.portal.security.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The whole lint (bpmnlint + CareFlow's rules) over diagrams nobody here wrote: findings, never failures. */
class DiagramLintTest {

    static DiagramLint lint;

    @BeforeAll
    static void load() {
        lint = new DiagramLint(new Bpmnlint(new ObjectMapper()), new CareflowRules(Codebase.topics(Map.of()),
                Codebase.senders(Set.of()), Codebase.coverage(Map.of()), Roles.CAREFLOW));
    }

    @AfterAll
    static void close() {
        lint.close();
    }

    @Test
    void theMiwgReferenceModelsGetFindingsNotExceptions() throws Exception {
        assumeTrue(Files.isDirectory(BpmnlintTest.MIWG),
                "BPMN MIWG reference models not found at " + BpmnlintTest.MIWG + " — skipped");
        List<Path> models;
        try (Stream<Path> files = Files.list(BpmnlintTest.MIWG)) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        int findings = 0;
        for (Path model : models) {
            String xml = Files.readString(model);
            assertThatCode(() -> lint.lint(xml)).as(model.toString()).doesNotThrowAnyException();
            LintReport report = lint.lint(xml);
            // coverage is recorded and empty here, so every flow node of every model is at least a warning
            assertThat(report.findings()).as(model.toString()).isNotEmpty();
            findings += report.findings().size();
        }
        System.out.println(models.size() + " MIWG reference models linted: " + findings + " findings");
    }
}
