package com.careflow.domain.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

/**
 * The single place where offers are opened, claimed and closed. A claim books the provider's calendar first (so no
 * provider is ever booked twice), then takes the offer with one conditional update that only matches while it is
 * open: of any number of concurrent claims exactly one matches; the others release their booking and learn who won.
 * Every method is safe to repeat, because the job workers calling it get their jobs at least once.
 */
@Component
public class OfferDesk {

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);
    private static final List<String> GRABBABLE = List.of(OfferStatus.OPEN.name(), OfferStatus.ESCALATED.name());

    private final MongoOperations mongo;
    private final Eligibility eligibility;
    private final ProviderCalendar calendar;
    private final Providers providers;
    private final ServiceItems services;
    private final Clock clock;

    OfferDesk(MongoOperations mongo, Eligibility eligibility, ProviderCalendar calendar, Providers providers,
            ServiceItems services, Clock clock) {
        this.mongo = mongo;
        this.eligibility = eligibility;
        this.calendar = calendar;
        this.providers = providers;
        this.services = services;
        this.clock = clock;
    }

    /** {@link #open(ServiceOrder, Duration)} with the {@link #DEFAULT_WINDOW}. */
    public Offer open(ServiceOrder order) {
        return open(order, DEFAULT_WINDOW);
    }

    /**
     * Opens round 1 of the order's offer to the eligible providers, or returns the offer the order already has.
     * Throws {@link IllegalArgumentException} when the order cannot be offered (no appointment, unknown service).
     */
    public Offer open(ServiceOrder order, Duration window) {
        Optional<Offer> existing = find(order.getOrderNumber());
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDateTime start = order.getScheduledAt();
        if (start == null) {
            throw new IllegalArgumentException("order " + order.getOrderNumber() + " has no appointment time");
        }
        ServiceItem service = services.findById(order.getServiceId()).orElseThrow(() -> new IllegalArgumentException(
                "order " + order.getOrderNumber() + " is for unknown service " + order.getServiceId()));
        Set<String> eligible = ids(eligibility.eligible(service.category(), order.getCity(), start,
                service.durationMinutes(), 1));
        Instant now = clock.instant();
        Offer offer = new Offer(order.getOrderNumber(), service.id(), order.getServiceName(), service.category(),
                order.getCity(), order.getAmount(), start, service.durationMinutes(), eligible, now, now.plus(window));
        try {
            return mongo.insert(offer);
        } catch (DuplicateKeyException openedConcurrently) {
            return require(order.getOrderNumber());
        }
    }

    public Optional<Offer> find(String orderNumber) {
        return Optional.ofNullable(mongo.findById(orderNumber, Offer.class));
    }

    /** A provider's claim of an open offer: see {@link GrabOutcome}. */
    public GrabOutcome grab(String orderNumber, String providerId) {
        Offer offer = mongo.findById(orderNumber, Offer.class);
        if (offer == null) {
            return GrabOutcome.NOT_OPEN;
        }
        if (offer.isTaken()) {
            return offer.isWonBy(providerId) ? GrabOutcome.WON : GrabOutcome.ALREADY_TAKEN;
        }
        if (!offer.getStatus().isGrabbable()) {
            return GrabOutcome.NOT_OPEN;
        }
        if (!offer.getEligibleProviderIds().contains(providerId)) {
            return GrabOutcome.NOT_ELIGIBLE;
        }
        if (!certifiedFor(offer, providerId)) {
            return GrabOutcome.NOT_CERTIFIED;
        }
        if (!calendar.book(providerId, orderNumber, offer.getAppointmentStart(), offer.getDurationMinutes())) {
            return GrabOutcome.PROVIDER_BUSY;
        }
        if (claim(orderNumber, providerId, AssignedBy.GRAB)) {
            return GrabOutcome.WON;
        }
        Offer now = lostClaim(orderNumber, providerId);
        if (now.isWonBy(providerId)) {
            return GrabOutcome.WON;
        }
        return now.isTaken() ? GrabOutcome.ALREADY_TAKEN : GrabOutcome.NOT_OPEN;
    }

    /**
     * Assigns the first of {@code rankedProviderIds} who is free, with the same claim as a grab. When a grab won
     * meanwhile, that winner stands and is returned. Nobody free: the offer becomes UNASSIGNED and the result empty.
     */
    public Optional<String> autoAssign(String orderNumber, List<String> rankedProviderIds) {
        Offer offer = require(orderNumber);
        for (String providerId : rankedProviderIds) {
            if (offer.isTaken() || !offer.getStatus().isGrabbable()) {
                break;
            }
            if (!calendar.book(providerId, orderNumber, offer.getAppointmentStart(), offer.getDurationMinutes())) {
                continue;
            }
            if (claim(orderNumber, providerId, AssignedBy.AUTO)) {
                return Optional.of(providerId);
            }
            offer = lostClaim(orderNumber, providerId);
        }
        if (!offer.isTaken()) {
            mongo.updateFirst(query(grabbable(orderNumber)), new Update().set("status", OfferStatus.UNASSIGNED.name()),
                    Offer.class);
            offer = require(orderNumber);
        }
        return offer.isTaken() ? Optional.of(offer.getWinnerId()) : Optional.empty();
    }

    /**
     * The order was cancelled: the offer closes (also a taken one) and every provider time booked for the order is
     * freed. Nothing happens for an order without an offer.
     */
    public void withdraw(String orderNumber) {
        mongo.updateFirst(query(where("_id").is(orderNumber).and("status").in(OfferStatus.OPEN.name(),
                OfferStatus.ESCALATED.name(), OfferStatus.TAKEN.name())),
                new Update().set("status", OfferStatus.WITHDRAWN.name()), Offer.class);
        calendar.releaseOrder(orderNumber);
    }

    /**
     * Nobody grabbed in round 1: the offer reaches round 2's providers for another {@code window}. Returns the offer
     * as it is now (unchanged when it is not an open round-1 offer any more, e.g. taken meanwhile or widened before).
     */
    public Offer widen(String orderNumber, Duration window) {
        Offer offer = require(orderNumber);
        if (offer.getRound() != 1 || offer.getStatus() != OfferStatus.OPEN) {
            return offer;
        }
        Set<String> reached = new LinkedHashSet<>(offer.getEligibleProviderIds());
        reached.addAll(ids(eligibility.eligible(offer.getCategory(), offer.getCity(), offer.getAppointmentStart(),
                offer.getDurationMinutes(), 2)));
        // grabs never change the eligible set, so setting the union cannot lose anything
        mongo.updateFirst(query(where("_id").is(orderNumber).and("status").is(OfferStatus.OPEN.name())
                .and("round").is(1)), new Update().set("round", 2).set("eligibleProviderIds", reached)
                .set("roundEndsAt", clock.instant().plus(window)), Offer.class);
        return require(orderNumber);
    }

    /** Nobody grabbed in the last round: operations is alerted; the offer stays grabbable while auto-assigning. */
    public Offer escalate(String orderNumber) {
        mongo.updateFirst(query(where("_id").is(orderNumber).and("status").is(OfferStatus.OPEN.name())),
                new Update().set("status", OfferStatus.ESCALATED.name()).set("alertedAt", clock.instant()),
                Offer.class);
        return require(orderNumber);
    }

    /**
     * The winner {@code noShowProviderId} did not show up: the best-rated free provider of round 2 (the no-show and
     * earlier no-shows excluded) takes the order at {@code newStart}, and the no-show's time is freed. Returns the
     * offer with its new winner, also when an earlier call did the replacement; empty when nobody is free.
     */
    public Optional<Offer> replace(String orderNumber, String noShowProviderId, LocalDateTime newStart) {
        Offer offer = require(orderNumber);
        if (offer.getReplacedProviderIds().contains(noShowProviderId)) {
            return Optional.of(offer);
        }
        if (!offer.isWonBy(noShowProviderId)) {
            throw new IllegalStateException("order " + orderNumber + " is not assigned to " + noShowProviderId
                    + " (offer " + offer.getStatus() + ", winner " + offer.getWinnerId() + ")");
        }
        List<Provider> candidates = eligibility.eligible(offer.getCategory(), offer.getCity(), newStart,
                offer.getDurationMinutes(), 2).stream()
                .filter(p -> !p.getId().equals(noShowProviderId))
                .filter(p -> !offer.getReplacedProviderIds().contains(p.getId()))
                .sorted(Comparator.comparingDouble(Provider::getRating).reversed().thenComparing(Provider::getId))
                .toList();
        for (Provider candidate : candidates) {
            if (!calendar.book(candidate.getId(), orderNumber, newStart, offer.getDurationMinutes())) {
                continue;
            }
            long replaced = mongo.updateFirst(query(where("_id").is(orderNumber)
                    .and("status").is(OfferStatus.TAKEN.name()).and("winnerId").is(noShowProviderId)),
                    new Update().set("winnerId", candidate.getId()).set("winnerName", candidate.getName())
                            .set("assignedBy", AssignedBy.AUTO.name()).set("takenAt", clock.instant())
                            .set("appointmentStart", newStart).push("replacedProviderIds", noShowProviderId),
                    Offer.class).getModifiedCount();
            if (replaced == 1) {
                calendar.release(noShowProviderId, orderNumber);
                return Optional.of(require(orderNumber));
            }
            calendar.release(candidate.getId(), orderNumber);
            Offer now = require(orderNumber);
            if (now.getReplacedProviderIds().contains(noShowProviderId)) {
                return Optional.of(now);
            }
        }
        return Optional.empty();
    }

    /**
     * The eligible set is fixed when a round opens; a certificate may expire after that. Valid as long as
     * {@link Eligibility} asks: now, and until the appointment if it is later.
     */
    private boolean certifiedFor(Offer offer, String providerId) {
        Instant now = clock.instant();
        Instant begins = offer.getAppointmentStart().atZone(AppointmentTimes.ZONE).toInstant();
        Instant at = begins.isAfter(now) ? begins : now;
        return providers.findById(providerId).filter(p -> p.isCertifiedFor(offer.getCategory(), at)).isPresent();
    }

    /** The conditional update every assignment goes through: it matches only while the offer is grabbable. */
    private boolean claim(String orderNumber, String providerId, AssignedBy by) {
        Criteria open = grabbable(orderNumber);
        if (by == AssignedBy.GRAB) {
            open = open.and("eligibleProviderIds").is(providerId);
        }
        String name = providers.findById(providerId).map(Provider::getName).orElse(providerId);
        return mongo.updateFirst(query(open), new Update()
                .set("status", OfferStatus.TAKEN.name())
                .set("winnerId", providerId)
                .set("winnerName", name)
                .set("assignedBy", by.name())
                .set("takenAt", clock.instant()), Offer.class).getModifiedCount() == 1;
    }

    /** After a claim that did not match: unless this provider is the winner (a repeated claim), free its booking. */
    private Offer lostClaim(String orderNumber, String providerId) {
        Offer now = require(orderNumber);
        if (!now.isWonBy(providerId)) {
            calendar.release(providerId, orderNumber);
        }
        return now;
    }

    private static Criteria grabbable(String orderNumber) {
        return where("_id").is(orderNumber).and("status").in(GRABBABLE);
    }

    private Offer require(String orderNumber) {
        return find(orderNumber).orElseThrow(() -> new IllegalArgumentException(
                "order " + orderNumber + " has no offer"));
    }

    private static Set<String> ids(List<Provider> eligible) {
        Set<String> ids = new LinkedHashSet<>();
        eligible.forEach(p -> ids.add(p.getId()));
        return ids;
    }
}
