package com.careflow.domain.content;

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

/** Hands out content ids {@code CNT} + business date + six-digit daily sequence, atomically (Mongo counter). */
@Component
public class ContentIds {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final MongoOperations mongo;
    private final Clock clock;

    ContentIds(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public String next() {
        String day = LocalDate.now(clock).format(DAY);
        Counter counter = mongo.findAndModify(
                Query.query(Criteria.where("_id").is("content-" + day)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().returnNew(true).upsert(true),
                Counter.class);
        return "CNT" + day + String.format("%06d", counter.value());
    }

    @Document("counters")
    record Counter(@Id String id, long value) {
    }
}
