package com.careflow.domain.health;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes the health queries need, created when the context starts (creating an existing index is a no-op):
 * readings by customer, type and time (the trend aggregation's $match and the chart's find, both a range on time),
 * readings by customer and time (a month's report of every type), and the access log by customer, newest first.
 * The local mongo-java-server ignores secondary indexes; real MongoDB builds them.
 */
@Component
class HealthIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    HealthIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(Reading.class).createIndex(new Index().on("customerId", Direction.ASC)
                .on("type", Direction.ASC).on("takenAt", Direction.ASC).named("customer_type_time"));
        mongo.indexOps(Reading.class).createIndex(new Index().on("customerId", Direction.ASC)
                .on("takenAt", Direction.ASC).named("customer_time"));
        mongo.indexOps(HealthAccess.class).createIndex(new Index().on("customerId", Direction.ASC)
                .on("at", Direction.DESC).named("customer_newest"));
    }
}
