package com.careflow.domain.health;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The day buckets of readings; read by id (see {@link ReadingDay}), written only through {@link HealthRecords}. */
public interface ReadingDays extends MongoRepository<ReadingDay, String> {
}
