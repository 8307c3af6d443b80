package com.careflow.domain.appointment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Providers' time in 30-minute blocks, one document per taken block with the block as its id: the unique id is what
 * keeps a provider from being booked twice, also when two offers are grabbed at the same moment. An appointment takes
 * every block it touches (09:45–10:30 takes 09:30 and 10:00).
 */
@Component
public class ProviderCalendar {

    public static final Duration BLOCK = Duration.ofMinutes(30);
    static final String COLLECTION = "provider_bookings";
    private static final int INSERT_ATTEMPTS = 3;

    private final MongoOperations mongo;

    ProviderCalendar(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Books the provider for the order's appointment. True when every block is the order's (also when it booked them
     * before); false when another order has one, in which case nothing of this call stays booked.
     */
    public boolean book(String providerId, String orderNumber, LocalDateTime start, int minutes) {
        List<String> inserted = new ArrayList<>();
        for (LocalDateTime block : blocks(start, minutes)) {
            Booking booking = new Booking(id(providerId, block), providerId, block, orderNumber);
            switch (claim(booking)) {
                case INSERTED -> inserted.add(booking.id());
                case OURS -> { /* booked by an earlier delivery of the same request */ }
                case TAKEN -> {
                    mongo.remove(query(where("_id").in(inserted).and("orderNumber").is(orderNumber)), Booking.class);
                    return false;
                }
            }
        }
        return true;
    }

    /** Frees what the provider has booked for the order; nothing happens when there is nothing. */
    public void release(String providerId, String orderNumber) {
        mongo.remove(query(where("providerId").is(providerId).and("orderNumber").is(orderNumber)), Booking.class);
    }

    /** Frees every provider's time booked for the order (it is cancelled). */
    public void releaseOrder(String orderNumber) {
        mongo.remove(query(where("orderNumber").is(orderNumber)), Booking.class);
    }

    /** Whether no order has any block of the provider between {@code start} and {@code start + minutes}. */
    public boolean isFree(String providerId, LocalDateTime start, int minutes) {
        List<String> ids = blocks(start, minutes).stream().map(b -> id(providerId, b)).toList();
        return !mongo.exists(query(where("_id").in(ids)), Booking.class);
    }

    /** How many orders the provider has booked with blocks in {@code [from, to)}: the provider's load. */
    public int load(String providerId, LocalDateTime from, LocalDateTime to) {
        return mongo.findDistinct(query(where("providerId").is(providerId).and("blockStart").gte(from).lt(to)),
                "orderNumber", Booking.class, String.class).size();
    }

    private enum Claim { INSERTED, OURS, TAKEN }

    /** The insert is the claim; on a duplicate the existing block says whose it is (freed meanwhile: try again). */
    private Claim claim(Booking booking) {
        for (int attempt = 1; attempt <= INSERT_ATTEMPTS; attempt++) {
            try {
                mongo.insert(booking);
                return Claim.INSERTED;
            } catch (DuplicateKeyException exists) {
                Booking existing = mongo.findById(booking.id(), Booking.class);
                if (existing != null) {
                    return existing.orderNumber().equals(booking.orderNumber()) ? Claim.OURS : Claim.TAKEN;
                }
            }
        }
        return Claim.TAKEN;
    }

    static List<LocalDateTime> blocks(LocalDateTime start, int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("an appointment lasts at least a minute, not " + minutes);
        }
        LocalDateTime end = start.plusMinutes(minutes);
        LocalDateTime block = start.truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(start.getMinute() / BLOCK.toMinutes() * BLOCK.toMinutes());
        List<LocalDateTime> blocks = new ArrayList<>();
        for (; block.isBefore(end); block = block.plus(BLOCK)) {
            blocks.add(block);
        }
        return blocks;
    }

    static String id(String providerId, LocalDateTime block) {
        return providerId + "|" + block;
    }
}
