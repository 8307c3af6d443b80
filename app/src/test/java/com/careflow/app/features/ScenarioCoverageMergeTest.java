package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A run of some features replaces their coverage and keeps the other features'. */
class ScenarioCoverageMergeTest {

    @TempDir
    Path dir;

    @Test
    void theFeaturesThatRanReplaceTheirEntriesAndTheOthersStay() throws IOException {
        Path file = dir.resolve("scenario-coverage.json");
        Files.writeString(file, """
                {"service-order": {"Charge": ["features/service-order.feature: Old name", "features/x.feature: X"],
                                   "Gone": ["features/service-order.feature: Old name"]}}""");

        ScenarioCoverageRecorder.merge(file, Set.of("features/service-order.feature"), Map.of(
                "service-order", Map.of("Charge", Set.of("features/service-order.feature: Customer pays")),
                "grab-order", Map.of("Offer", Set.of("features/service-order.feature: Customer pays"))));

        assertThat(new ObjectMapper().readValue(file.toFile(), Map.class)).isEqualTo(Map.of(
                "service-order", Map.of("Charge", java.util.List.of("features/service-order.feature: Customer pays",
                        "features/x.feature: X")),
                "grab-order", Map.of("Offer", java.util.List.of("features/service-order.feature: Customer pays"))));
    }
}
