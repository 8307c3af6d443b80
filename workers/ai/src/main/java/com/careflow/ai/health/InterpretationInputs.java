package com.careflow.ai.health;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.careflow.domain.health.Reading;
import com.careflow.domain.health.Readings;
import com.careflow.domain.health.interpretation.Interpretation;
import com.careflow.domain.health.interpretation.InterpretationInput;
import com.careflow.domain.health.interpretation.InterpretationInput.Sample;

/**
 * Builds what an interpreter sees from the customer's readings of the period ending at the request: values and
 * times only, under the pseudonymous reference. Ids, notes and sources stay here.
 */
@Component
class InterpretationInputs {

    private final Readings readings;
    private final Pseudonyms pseudonyms;

    InterpretationInputs(Readings readings, InterpretationProperties properties) {
        this.readings = readings;
        this.pseudonyms = new Pseudonyms(properties.pseudonymKey());
    }

    InterpretationInput of(Interpretation request) {
        Instant to = request.requestedAt();
        Instant from = to.minus(Duration.ofDays(request.periodDays()));
        return new InterpretationInput(pseudonyms.of(request.customerId()), request.periodDays(), from, to,
                request.language(), readings.findByCustomerIdAndTakenAtBetweenOrderByTakenAt(request.customerId(),
                        from, to).stream().map(InterpretationInputs::sample).toList());
    }

    private static Sample sample(Reading r) {
        return new Sample(r.type().name(), r.takenAt(), r.systolic(), r.diastolic(), r.pulse(), r.glucose(),
                r.glucoseTiming() == null ? null : r.glucoseTiming().name(), r.weightKg(), r.heartRate());
    }
}
