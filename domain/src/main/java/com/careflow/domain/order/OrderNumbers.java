package com.careflow.domain.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Hands out order numbers {@code ORD} + date + six-digit daily sequence, atomically through a Mongo counter. */
@Component
public class OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final MongoOperations mongo;
    private final Clock clock;

    OrderNumbers(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public String next() {
        String day = LocalDate.now(clock).format(DAY);
        Counter counter = mongo.findAndModify(
                Query.query(Criteria.where("_id").is("order-" + day)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().returnNew(true).upsert(true),
                Counter.class);
        return "ORD" + day + String.format("%06d", counter.value());
    }

    @Document("counters")
    record Counter(@Id String id, long value) {
    }
}
