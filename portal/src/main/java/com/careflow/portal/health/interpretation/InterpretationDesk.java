package com.careflow.portal.health.interpretation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.careflow.domain.health.interpretation.Interpretation;
import com.careflow.domain.health.interpretation.Interpretations;

/** A customer's interpretations: their own only; a request is stored, then the process that answers it started. */
@Component
class InterpretationDesk {

    private final Interpretations interpretations;
    private final InterpretationProcess process;
    private final Clock clock;

    InterpretationDesk(Interpretations interpretations, InterpretationProcess process, Clock clock) {
        this.interpretations = interpretations;
        this.process = process;
        this.clock = clock;
    }

    List<Interpretation> mine(String customerId) {
        return interpretations.findTop50ByCustomerIdOrderByRequestedAtDesc(customerId);
    }

    /** @throws InterpretationNotFoundException for another customer's or an unknown id (the same answer for both) */
    Interpretation mine(String customerId, String id) {
        return interpretations.findByIdAndCustomerId(id, customerId)
                .orElseThrow(() -> new InterpretationNotFoundException(id));
    }

    /** Stores the request in the page's language and starts its process; a failed start leaves nothing behind. */
    Interpretation request(String customerId, int periodDays, Locale locale) {
        Interpretation request = interpretations.insert(Interpretation.requested("INT-" + UUID.randomUUID(),
                customerId, periodDays, locale.getLanguage(), clock.instant()));
        try {
            process.start(request.id());
        } catch (RuntimeException e) {
            interpretations.deleteById(request.id());
            throw e;
        }
        return request;
    }
}
