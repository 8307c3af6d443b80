package com.careflow.domain.health.interpretation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer's request to interpret their last {@code periodDays} days, and once the ai worker answered, the answer
 * with the input it saw, who answered ({@code interpreter}: {@code rule-based} or {@code llm:<model>}), why the
 * remote interpreter was not used when it was configured ({@code fallbackReason}) and the standard note in both
 * languages. {@code language} is the one the customer asked in ({@code zh} or {@code en}).
 */
@Document("health_interpretations")
@CompoundIndex(name = "customer_requested", def = "{'customerId': 1, 'requestedAt': -1}")
public record Interpretation(@Id String id, String customerId, int periodDays, String language,
        InterpretationStatus status, Instant requestedAt, InterpretationInput input, InterpretationResult result,
        String interpreter, String fallbackReason, String noteZh, String noteEn, Instant completedAt) {

    /** The periods a customer may ask for. */
    public static final List<Integer> PERIODS = List.of(7, 30, 90);

    public static Interpretation requested(String id, String customerId, int periodDays, String language,
            Instant at) {
        if (!PERIODS.contains(periodDays)) {
            throw new IllegalArgumentException("period must be one of " + PERIODS + " days, was " + periodDays);
        }
        return new Interpretation(id, customerId, periodDays, "en".equals(language) ? "en" : "zh",
                InterpretationStatus.REQUESTED, at, null, null, null, null, null, null, null);
    }

    public Interpretation completed(InterpretationInput seen, InterpretationResult answer, String answeredBy,
            String fallback, Instant at) {
        return new Interpretation(id, customerId, periodDays, language, InterpretationStatus.READY, requestedAt, seen,
                answer, answeredBy, fallback, Disclaimer.ZH, Disclaimer.EN, at);
    }

    public boolean isReady() {
        return status == InterpretationStatus.READY;
    }

    /** The note in the page's language. */
    public String note(String lang) {
        return "en".equals(lang) ? noteEn : noteZh;
    }
}
