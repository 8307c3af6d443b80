package com.careflow.portal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The report's font: on the classpath (a missing one stops the start), and with a glyph for every word it prints. */
class ReportFontTest {

    /** What {@link HealthReport} prints: its own messages and the pages' words it reuses. */
    static final List<String> PRINTED = List.of("health.report.", "health.notADiagnosis", "health.type.",
            "health.timing.", "health.direction.", "health.risk.", "health.advice.");

    @Test
    void aMissingFontStopsTheStart() {
        assertThatThrownBy(() -> new ReportFont("careflow/fonts/missing.ttf"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("careflow/fonts/missing.ttf");
    }

    @ParameterizedTest
    @ValueSource(strings = { "messages.properties", "messages_en.properties" })
    void everyWordTheReportPrintsHasItsGlyphs(String file) throws Exception {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(file),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        List<String> printed = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            if (PRINTED.stream().anyMatch(key::startsWith)) {
                printed.add(messages.getProperty(key));
            }
        }
        assertThat(printed).hasSizeGreaterThan(40);
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font font = new ReportFont().embedIn(pdf);
            for (String text : printed) {
                // encode refuses a character the font has no glyph for
                assertThat(font.encode(text)).as(text).isNotEmpty();
            }
        }
    }
}
