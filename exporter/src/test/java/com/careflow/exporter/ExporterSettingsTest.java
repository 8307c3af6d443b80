package com.careflow.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExporterSettingsTest {

    @Test
    void withoutArgumentsItExportsToTheLocalMongoDatabaseCareflow() {
        ExporterSettings settings = ExporterSettings.from(Map.of());

        assertThat(settings.uri()).isEqualTo("mongodb://127.0.0.1:27017");
        assertThat(settings.database()).isEqualTo("careflow");
        assertThat(settings.variables()).containsExactlyInAnyOrder("orderNumber", "contentId", "applicationId",
                "applicantId", "authorId", "category", "providerId");
    }

    @Test
    void variablesComeAsACommaListFromTheEnvironmentOrAsAYamlList() {
        assertThat(ExporterSettings.from(Map.of("variables", " orderNumber ,contentId,")).variables())
                .containsExactlyInAnyOrder("orderNumber", "contentId");
        assertThat(ExporterSettings.from(Map.of("variables", Map.of("0", "orderNumber", "1", "x"))).variables())
                .containsExactlyInAnyOrder("orderNumber", "x");
        assertThat(ExporterSettings.from(Map.of("variables", List.of("a"))).variables()).containsExactly("a");
    }

    @Test
    void variableValuesAreDecodedFromTheirJson() {
        assertThat(VariableValues.decode("\"ORD1\"")).isEqualTo("ORD1");
        assertThat(VariableValues.decode("42")).isEqualTo(42);
        assertThat(VariableValues.decode("2251799813685249")).isEqualTo(2251799813685249L);
        assertThat(VariableValues.decode("99.5")).isEqualTo(99.5);
        assertThat(VariableValues.decode("true")).isEqualTo(true);
        assertThat(VariableValues.decode("null")).isNull();
        assertThat(VariableValues.decode("[\"a\", 1]")).isEqualTo(List.of("a", 1));
        assertThat(VariableValues.decode("{\"city\": \"上海\"}")).asInstanceOf(MAP)
                .containsExactly(entry("city", "上海"));
    }
}
