package com.careflow.portal.analyst.codebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@link ScenarioCoverage} from {@value #RESOURCE}: {@code {processId: {elementId: [scenario, …]}}}, recorded by the
 * Cucumber suite from the engine's history (app module, {@code ScenarioCoverageRecorder}) into
 * {@code features/scenario-coverage.json} and packaged with the portal. Absent means not recorded.
 */
@Component
class RecordedScenarioCoverage implements ScenarioCoverage {

    static final String RESOURCE = "careflow/scenario-coverage.json";

    private final Map<String, Map<String, List<String>>> byProcess;

    @Autowired
    RecordedScenarioCoverage(ObjectMapper json) {
        this(json, RecordedScenarioCoverage.class.getClassLoader().getResourceAsStream(RESOURCE));
    }

    RecordedScenarioCoverage(ObjectMapper json, InputStream recording) {
        if (recording == null) {
            byProcess = null;
            return;
        }
        try (recording) {
            byProcess = json.readValue(recording, new TypeReference<Map<String, Map<String, List<String>>>>() {
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenario coverage " + RESOURCE, e);
        }
    }

    @Override
    public List<String> scenariosThrough(String processId, String elementId) {
        if (byProcess == null) {
            return List.of();
        }
        return byProcess.getOrDefault(processId, Map.of()).getOrDefault(elementId, List.of());
    }

    @Override
    public boolean recorded() {
        return byProcess != null;
    }
}
