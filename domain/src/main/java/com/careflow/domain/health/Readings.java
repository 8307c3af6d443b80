package com.careflow.domain.health;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** A customer's readings; the collection is indexed on customer, type and time (see the health records module). */
public interface Readings extends MongoRepository<Reading, String> {

    List<Reading> findByCustomerIdAndTypeAndTakenAtBetweenOrderByTakenAt(String customerId, ReadingType type,
            Instant from, Instant to);

    List<Reading> findByCustomerIdAndTakenAtBetweenOrderByTakenAt(String customerId, Instant from, Instant to);
}
