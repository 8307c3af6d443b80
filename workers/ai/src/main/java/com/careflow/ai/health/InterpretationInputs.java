package com.careflow.ai.health;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.interpretation.Interpretation;
import com.careflow.domain.health.interpretation.InterpretationInput;
import com.careflow.domain.health.interpretation.InterpretationInput.Sample;

/**
 * Builds what an interpreter sees from the customer's readings of the period ending at the request: values and
 * times only, under the pseudonymous reference. Ids, notes and sources stay here.
 */
@Component
class InterpretationInputs {

    private final HealthRecords records;
    private final Pseudonyms pseudonyms;

    InterpretationInputs(HealthRecords records, InterpretationProperties properties) {
        this.records = records;
        this.pseudonyms = new Pseudonyms(properties.pseudonymKey());
    }

    InterpretationInput of(Interpretation request) {
        Instant to = request.requestedAt();
        Instant from = to.minus(Duration.ofDays(request.periodDays()));
        return new InterpretationInput(pseudonyms.of(request.customerId()), request.periodDays(), from, to,
                request.language(), records.readingsBetween(request.customerId(), from, to).stream()
                        .map(InterpretationInputs::sample).toList());
    }

    private static Sample sample(Reading r) {
        return new Sample(r.type().name(), r.takenAt(), r.systolic(), r.diastolic(), r.pulse(), r.glucose(),
                r.glucoseTiming() == null ? null : r.glucoseTiming().name(), r.weightKg(), r.heartRate());
    }
}
