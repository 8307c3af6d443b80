package com.careflow.domain.appointment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

/**
 * Bookable slots of a service: a day from {@link #OPENS} to {@link #CLOSES} cut into the service's duration. A slot
 * takes as many orders as there are providers who could serve it (certified for the category, active, in the city),
 * counted when an order holds it. Holding is one conditional update in Mongo, so two customers never get the last
 * place of a slot, whatever the concurrency.
 */
@Component
public class ServiceSlots {

    public static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);
    static final String COLLECTION = "slot_holds";

    private final MongoOperations mongo;
    private final Providers providers;
    private final Clock clock;

    ServiceSlots(MongoOperations mongo, Providers providers, Clock clock) {
        this.mongo = mongo;
        this.providers = providers;
        this.clock = clock;
    }

    /**
     * One bookable slot: its capacity, how many orders hold it, and whether one more can (free and not started;
     * the portal adds its own limits such as how far ahead).
     */
    public record Slot(LocalDateTime start, LocalDateTime end, int capacity, int held, boolean available) {

        public int remaining() {
            return Math.max(0, capacity - held);
        }
    }

    /** The day's slots of {@code service}, earliest first. */
    public List<Slot> day(ServiceItem service, LocalDate date) {
        List<LocalDateTime> starts = grid(service, date);
        Map<String, SlotHold> holds = mongo.find(query(where("_id").in(starts.stream()
                .map(s -> holdId(service.id(), s)).toList())), SlotHold.class).stream()
                .collect(Collectors.toMap(SlotHold::id, Function.identity()));
        List<Provider> candidates = providers.certified(service.category(), List.of(service.city()), clock.instant());
        LocalDateTime now = LocalDateTime.now(clock);
        List<Slot> slots = new ArrayList<>();
        for (LocalDateTime start : starts) {
            int capacity = capacity(candidates, service, start);
            SlotHold hold = holds.get(holdId(service.id(), start));
            int held = hold == null ? 0 : hold.held();
            slots.add(new Slot(start, start.plusMinutes(service.durationMinutes()), capacity, held,
                    held < capacity && start.isAfter(now)));
        }
        return slots;
    }

    /** Whether {@code start} begins one of the service's slots (on the grid of its day). */
    public boolean isSlotStart(ServiceItem service, LocalDateTime start) {
        return start != null && grid(service, start.toLocalDate()).contains(start);
    }

    /**
     * Holds a place of the slot for {@code orderNumber}: true when held (also when this order held it already), false
     * when the slot is full. Throws {@link IllegalArgumentException} for a time that is not a slot start.
     */
    public boolean hold(ServiceItem service, LocalDateTime start, String orderNumber) {
        if (!isSlotStart(service, start)) {
            throw new IllegalArgumentException(start + " is not the start of a slot of service " + service.id());
        }
        String id = holdId(service.id(), start);
        ensureExists(id, service.id(), start);
        int capacity = capacity(providers.certified(service.category(), List.of(service.city()), clock.instant()),
                service, start);
        // the only write that takes a place: it matches while there is room and this order is not among the holders
        long taken = mongo.updateFirst(
                query(where("_id").is(id).and("held").lt(capacity).and("holders").ne(orderNumber)),
                new Update().inc("held", 1).push("holders", orderNumber), SlotHold.class).getModifiedCount();
        return taken == 1 || isHeldBy(id, orderNumber);
    }

    /** Gives the order's place in the slot back; nothing happens when it holds none. */
    public void release(String serviceId, LocalDateTime start, String orderNumber) {
        mongo.updateFirst(query(where("_id").is(holdId(serviceId, start)).and("holders").is(orderNumber)),
                giveBack(orderNumber), SlotHold.class);
    }

    /** Gives back every place the order holds (whatever its current time); nothing happens when it holds none. */
    public void releaseAll(String orderNumber) {
        mongo.updateMulti(query(where("holders").is(orderNumber)), giveBack(orderNumber), SlotHold.class);
    }

    /** Moves the order from one slot to another: holds the new one first, so it never ends up with neither. */
    public boolean move(ServiceItem service, LocalDateTime from, LocalDateTime to, String orderNumber) {
        if (!hold(service, to, orderNumber)) {
            return false;
        }
        if (!to.equals(from)) {
            release(service.id(), from, orderNumber);
        }
        return true;
    }

    /** Whether {@code orderNumber} holds a place in the slot. */
    public boolean isHeld(String serviceId, LocalDateTime start, String orderNumber) {
        return isHeldBy(holdId(serviceId, start), orderNumber);
    }

    private boolean isHeldBy(String id, String orderNumber) {
        return mongo.exists(query(where("_id").is(id).and("holders").is(orderNumber)), SlotHold.class);
    }

    private static Update giveBack(String orderNumber) {
        return new Update().inc("held", -1).pull("holders", orderNumber);
    }

    /** Creates the slot's empty hold document unless it exists; a concurrent creator wins harmlessly. */
    private void ensureExists(String id, String serviceId, LocalDateTime start) {
        try {
            mongo.upsert(query(where("_id").is(id)), new Update()
                    .setOnInsert("serviceId", serviceId)
                    .setOnInsert("start", start)
                    .setOnInsert("held", 0)
                    .setOnInsert("holders", List.of()), SlotHold.class);
        } catch (DuplicateKeyException createdConcurrently) {
            // real MongoDB may reject one of two racing upserts of the same _id: the document exists, as wanted
        }
    }

    private static int capacity(List<Provider> candidates, ServiceItem service, LocalDateTime start) {
        Instant at = start.atZone(AppointmentTimes.ZONE).toInstant();
        return (int) candidates.stream().filter(p -> p.isCertifiedFor(service.category(), at)).count();
    }

    static List<LocalDateTime> grid(ServiceItem service, LocalDate date) {
        int minutes = service.durationMinutes();
        if (minutes <= 0) {
            return List.of();
        }
        List<LocalDateTime> starts = new ArrayList<>();
        LocalDateTime closes = date.atTime(CLOSES);
        for (LocalDateTime start = date.atTime(OPENS); !start.plusMinutes(minutes).isAfter(closes);
                start = start.plusMinutes(minutes)) {
            starts.add(start);
        }
        return starts;
    }

    static String holdId(String serviceId, LocalDateTime start) {
        return serviceId + "|" + start;
    }
}
