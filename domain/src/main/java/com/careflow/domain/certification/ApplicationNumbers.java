package com.careflow.domain.certification;

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

/**
 * Application ids {@code APP} + date + six-digit daily sequence, from an atomic counter in the shared
 * {@code counters} collection (key {@code application-<date>}, beside the order numbers').
 */
@Component
public class ApplicationNumbers {

    private final MongoOperations mongo;
    private final Clock clock;

    ApplicationNumbers(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public String next() {
        String day = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        Counter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("application-" + day)),
                new Update().inc("value", 1L), FindAndModifyOptions.options().returnNew(true).upsert(true),
                Counter.class);
        return "APP" + day + String.format("%06d", counter.value());
    }

    @Document("counters")
    record Counter(@Id String id, long value) {
    }
}
