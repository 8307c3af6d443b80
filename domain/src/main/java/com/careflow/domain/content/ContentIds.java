package com.careflow.domain.content;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import com.careflow.domain.DailyNumbers;

/** Hands out content ids {@code CNT} + business date + six-digit daily sequence, atomically (Mongo counter). */
@Component
public class ContentIds {

    private final DailyNumbers numbers;

    ContentIds(MongoOperations mongo, Clock clock) {
        this.numbers = new DailyNumbers(mongo, clock, "content", "CNT");
    }

    public String next() {
        return numbers.next();
    }
}
