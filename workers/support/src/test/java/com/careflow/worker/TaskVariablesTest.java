package com.careflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Process variables to and from the records the workers take and return. */
class TaskVariablesTest {

    enum Decision {
        APPROVED, REJECTED
    }

    record Candidate(String providerId, double score) {
    }

    record Review(String contentId, int priority, boolean appealed, Instant dueDate, List<String> tags,
            List<Candidate> ranking, Decision decision, BigDecimal amount) {
    }

    private static final Instant DUE = Instant.parse("2025-03-10T08:00:00Z");

    @Test
    void readsARecordFromEngineVariablesByName() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("contentId", "CNT1");
        variables.put("priority", 75L); // the engine may hand back a long
        variables.put("appealed", true);
        variables.put("dueDate", Date.from(DUE)); // an engine date
        variables.put("tags", "[\"health\",\"diet\"]"); // a list travels as JSON text
        variables.put("ranking", "[{\"providerId\":\"p1\",\"score\":0.9}]");
        variables.put("decision", "REJECTED");
        variables.put("amount", 199.5);
        variables.put("somethingElse", "ignored");

        Review review = TaskVariables.read(variables, Review.class);

        assertThat(review).isEqualTo(new Review("CNT1", 75, true, DUE, List.of("health", "diet"),
                List.of(new Candidate("p1", 0.9)), Decision.REJECTED, new BigDecimal("199.5")));
    }

    @Test
    void missingVariablesAreNullOrDefault() {
        Review review = TaskVariables.read(Map.of("contentId", "CNT1"), Review.class);

        assertThat(review.contentId()).isEqualTo("CNT1");
        assertThat(review.priority()).isZero();
        assertThat(review.dueDate()).isNull();
        assertThat(review.tags()).isNull();
    }

    @Test
    void aStringPropertyKeepsJsonLookingTextAsItIs() {
        record Note(String text) {
        }

        assertThat(TaskVariables.read(Map.of("text", "[not a list]"), Note.class).text()).isEqualTo("[not a list]");
    }

    @Test
    void variablesThatDoNotFitSayWhich() {
        assertThatThrownBy(() -> TaskVariables.read(Map.of("priority", "high"), Review.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("variables do not fit Review");
    }

    @Test
    void writesARecordAsFlatEngineValues() {
        Review review = new Review("CNT1", 75, false, DUE, List.of("health"),
                List.of(new Candidate("p1", 0.9)), Decision.APPROVED, new BigDecimal("199.50"));

        Map<String, Object> variables = TaskVariables.write(review);

        assertThat(variables).containsEntry("contentId", "CNT1")
                .containsEntry("priority", 75)
                .containsEntry("appealed", false)
                .containsEntry("dueDate", Date.from(DUE))
                .containsEntry("tags", "[\"health\"]")
                .containsEntry("ranking", "[{\"providerId\":\"p1\",\"score\":0.9}]")
                .containsEntry("decision", "APPROVED")
                .containsEntry("amount", 199.5);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Review review = new Review("CNT1", 75, true, DUE, List.of("a", "b"), List.of(new Candidate("p1", 0.5)),
                Decision.REJECTED, null);

        assertThat(TaskVariables.read(TaskVariables.write(review), Review.class)).isEqualTo(review);
    }

    @Test
    void writesAMapAndNothing() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("expiresAt", DUE);
        result.put("day", LocalDate.of(2025, 3, 10));
        result.put("cleared", null);

        assertThat(TaskVariables.write(result)).containsEntry("expiresAt", Date.from(DUE))
                .containsEntry("day", "2025-03-10")
                .containsEntry("cleared", null);
        assertThat(TaskVariables.write(null)).isEmpty();
    }

    @Test
    void readsOneVariable() {
        assertThat(TaskVariables.readOne(Date.from(DUE), Instant.class)).isEqualTo(DUE);
        assertThat(TaskVariables.readOne(Date.from(DUE), Date.class)).isEqualTo(Date.from(DUE));
        assertThat(TaskVariables.readOne("[\"p1\",\"p2\"]", List.class)).isEqualTo(List.of("p1", "p2"));
        assertThat(TaskVariables.readOne(3L, Integer.class)).isEqualTo(3);
        assertThat(TaskVariables.readOne(null, String.class)).isNull();
        assertThatThrownBy(() -> TaskVariables.readOne("soon", Instant.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("variable does not fit Instant");
    }
}
