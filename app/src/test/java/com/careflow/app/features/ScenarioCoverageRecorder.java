package com.careflow.app.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.careflow.domain.engine.ElementInstance;
import com.careflow.domain.engine.ProcessActivity;
import com.careflow.domain.engine.ProcessHistory;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;

/**
 * Records which BPMN elements each passing scenario went through, from the engine's history: the process instances
 * that did not exist before the scenario (with the instances they called) and every element they entered. When the
 * run ends it is merged into {@code features/scenario-coverage.json} ({@code {processId: {elementId: [scenario, …]}}},
 * the file named by the system property {@value #FILE_PROPERTY}): the features that ran replace their old entries,
 * the others keep theirs, so a run of one feature file refreshes that feature only. The portal packages the file
 * (analyst workspace: the scenarios through an element, the lint's coverage warnings).
 */
public class ScenarioCoverageRecorder {

    static final String FILE_PROPERTY = "careflow.coverage.file";

    /** processId -> elementId -> scenarios, of this run. */
    private static final Map<String, Map<String, Set<String>>> RECORDED = new TreeMap<>();
    private static final Set<String> FEATURES_RUN = new TreeSet<>();

    private final ProcessActivity activity;
    private final ProcessHistory history;
    private Set<String> before = Set.of();

    public ScenarioCoverageRecorder(ProcessActivity activity, ProcessHistory history) {
        this.activity = activity;
        this.history = history;
    }

    /** After the platform is up ({@link PlatformStart}, order 0). */
    @Before(order = 1)
    public void rememberTheInstancesBefore() {
        before = activity.instanceIds();
    }

    /** Before the scenario's clean-up cancels what it started (After hooks run highest order first). */
    @After(order = 20_000)
    public void recordTheElementsPassed(Scenario scenario) {
        String feature = feature(scenario);
        synchronized (RECORDED) {
            FEATURES_RUN.add(feature);
        }
        if (scenario.getStatus() != Status.PASSED) {
            return; // a failed scenario proves nothing about the elements it reached
        }
        Set<String> started = new HashSet<>(activity.instanceIds());
        started.removeAll(before);
        String name = feature + ": " + scenario.getName();
        synchronized (RECORDED) {
            for (String instance : started) {
                for (ElementInstance step : history.stepsOf(instance)) {
                    RECORDED.computeIfAbsent(step.bpmnProcessId(), id -> new TreeMap<>())
                            .computeIfAbsent(step.elementId(), id -> new TreeSet<>()).add(name);
                }
            }
        }
    }

    @AfterAll
    public static void writeTheCoverage() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || FEATURES_RUN.isEmpty()) {
            return;
        }
        synchronized (RECORDED) {
            merge(Path.of(file), FEATURES_RUN, RECORDED);
        }
    }

    /** {@code features/service-order.feature} of {@code classpath:features/service-order.feature}. */
    static String feature(Scenario scenario) {
        String uri = scenario.getUri().toString();
        int features = uri.lastIndexOf("features/");
        return features < 0 ? uri : uri.substring(features);
    }

    static void merge(Path file, Set<String> featuresRun, Map<String, Map<String, Set<String>>> recorded) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        Map<String, Map<String, Set<String>>> merged = new TreeMap<>();
        try {
            if (Files.exists(file)) {
                merged = json.readValue(file.toFile(), new TypeReference<TreeMap<String, Map<String, Set<String>>>>() {
                });
            }
            for (Map<String, Set<String>> elements : merged.values()) {
                elements.values().forEach(scenarios -> scenarios.removeIf(
                        scenario -> featuresRun.stream().anyMatch(feature -> scenario.startsWith(feature + ": "))));
            }
            for (var process : recorded.entrySet()) {
                for (var element : process.getValue().entrySet()) {
                    merged.computeIfAbsent(process.getKey(), id -> new TreeMap<>())
                            .computeIfAbsent(element.getKey(), id -> new TreeSet<>()).addAll(element.getValue());
                }
            }
            merged.values().forEach(elements -> elements.values().removeIf(Set::isEmpty));
            merged.values().removeIf(Map::isEmpty);
            Map<String, Map<String, Set<String>>> sorted = new TreeMap<>();
            merged.forEach((process, elements) -> {
                Map<String, Set<String>> byElement = new TreeMap<>();
                elements.forEach((element, scenarios) -> byElement.put(element, new TreeSet<>(scenarios)));
                sorted.put(process, byElement);
            });
            json.writeValue(file.toFile(), sorted);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the scenario coverage to " + file, e);
        }
    }
}
