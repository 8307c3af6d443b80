package com.careflow.domain.health;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Readings saved before the day buckets, one document each in {@code health_readings}, move into their buckets
 * when the context starts; the old collection is dropped once all have moved. Moving is idempotent (see
 * {@link HealthRecords#restore}), so a start cut short just moves again.
 */
@Component
class LegacyReadings implements SmartInitializingSingleton {

    static final String COLLECTION = "health_readings";
    private static final Logger log = LoggerFactory.getLogger(LegacyReadings.class);
    private static final int BATCH = 5_000;

    private final MongoTemplate mongo;
    private final HealthRecords records;

    LegacyReadings(MongoTemplate mongo, HealthRecords records) {
        this.mongo = mongo;
        this.records = records;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!mongo.collectionExists(COLLECTION)) {
            return;
        }
        long total = mongo.getCollection(COLLECTION).countDocuments();
        log.info("Moving {} readings from {} into day buckets", total, COLLECTION);
        List<Reading> batch = new ArrayList<>(BATCH);
        long moved = 0;
        for (Document document : mongo.getCollection(COLLECTION).find()) {
            batch.add(mongo.getConverter().read(Reading.class, document));
            if (batch.size() == BATCH) {
                records.restore(batch);
                moved += batch.size();
                batch.clear();
                log.info("Moved {} of {} readings", moved, total);
            }
        }
        records.restore(batch);
        mongo.dropCollection(COLLECTION);
        log.info("Moved {} readings; {} dropped", moved + batch.size(), COLLECTION);
    }
}
