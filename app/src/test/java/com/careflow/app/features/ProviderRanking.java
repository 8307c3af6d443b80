package com.careflow.app.features;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;

import com.careflow.ai.ProviderScore;
import com.careflow.ai.ProviderScoring;
import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.assignment.Offer;
import com.careflow.domain.provider.Providers;

/**
 * Which of an offer's providers scored best when it was auto-assigned: the ai worker's score function over the
 * offer's providers, with the winner's load as it was before this order was booked for them.
 */
public class ProviderRanking {

    private final ProviderScoring scoring;
    private final Providers providers;
    private final ProviderCalendar calendar;
    private final Clock clock;

    public ProviderRanking(ProviderScoring scoring, Providers providers, ProviderCalendar calendar, Clock clock) {
        this.scoring = scoring;
        this.providers = providers;
        this.calendar = calendar;
        this.clock = clock;
    }

    String best(Offer offer) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(AppointmentTimes.ZONE));
        return offer.getEligibleProviderIds().stream()
                .map(id -> providers.findById(id).orElseThrow())
                .map(p -> scoring.score(p, offer.getServiceId(), offer.getCity(),
                        calendar.load(p.getId(), now, now.plusDays(7)) - (p.getId().equals(offer.getWinnerId()) ? 1 : 0)))
                .max(Comparator.comparingDouble(ProviderScore::total)
                        .thenComparing(ProviderScore::providerId, Comparator.reverseOrder()))
                .orElseThrow()
                .providerId();
    }
}
