package com.careflow.domain;

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

/**
 * Readable ids: a prefix, the business date and a six-digit daily sequence ({@code ORD20261121000042}), handed out
 * atomically by one counter document per kind and day in the shared {@code counters} collection
 * ({@code <counter>-<yyyyMMdd>}), so concurrent callers never get the same number.
 */
public final class DailyNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final MongoOperations mongo;
    private final Clock clock;
    private final String counter;
    private final String prefix;

    public DailyNumbers(MongoOperations mongo, Clock clock, String counter, String prefix) {
        this.mongo = mongo;
        this.clock = clock;
        this.counter = counter;
        this.prefix = prefix;
    }

    public String next() {
        String day = LocalDate.now(clock).format(DAY);
        Counter value = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(counter + "-" + day)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().returnNew(true).upsert(true),
                Counter.class);
        return prefix + day + String.format("%06d", value.value());
    }

    @Document("counters")
    record Counter(@Id String id, long value) {
    }
}
