package com.careflow.portal.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.careflow.domain.assignment.Offer;
import com.careflow.domain.assignment.OfferStatus;
import com.careflow.domain.assignment.Offers;

/**
 * Offers operations should look at: escalated (nobody grabbed in either round), unassigned (nobody could be
 * assigned), and open ones whose round is over without the process having moved on (a stuck timer or worker).
 */
@Component
class AssignmentWatch {

    private final Offers offers;
    private final Clock clock;

    AssignmentWatch(Offers offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    List<Attention> needingAttention() {
        Instant now = clock.instant();
        return offers.findByStatusInOrderByOpenedAt(
                        EnumSet.of(OfferStatus.OPEN, OfferStatus.ESCALATED, OfferStatus.UNASSIGNED)).stream()
                .filter(offer -> offer.getStatus() != OfferStatus.OPEN || offer.getRound() > 1
                        || (offer.getRoundEndsAt() != null && offer.getRoundEndsAt().isBefore(now)))
                .map(offer -> new Attention(offer, Duration.between(offer.getOpenedAt(), now).toMinutes(),
                        offer.getStatus() == OfferStatus.OPEN))
                .toList();
    }

    /** One row: the offer, how long ago it opened (minutes), and whether it is an overdue open round. */
    record Attention(Offer offer, long ageMinutes, boolean overdue) {

        public int eligibleCount() {
            return offer.getEligibleProviderIds().size();
        }
    }
}
