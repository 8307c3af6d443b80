package com.careflow.domain.health;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes the health queries need besides {@code _id}, created when the context starts (creating an existing
 * index is a no-op): the access log by customer, newest first. Readings need none: every query reads the day
 * buckets of its period by id ({@link ReadingDay}), so customer and time are the {@code _id} index itself. The local
 * mongo-java-server ignores secondary indexes; real MongoDB builds them.
 */
@Component
class HealthIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    HealthIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(HealthAccess.class).createIndex(new Index().on("customerId", Direction.ASC)
                .on("at", Direction.DESC).named("customer_newest"));
    }
}
