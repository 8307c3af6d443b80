package com.careflow.domain.certification;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import com.careflow.domain.DailyNumbers;

/** Application ids {@code APP} + date + six-digit daily sequence, atomically (Mongo counter). */
@Component
public class ApplicationNumbers {

    private final DailyNumbers numbers;

    ApplicationNumbers(MongoOperations mongo, Clock clock) {
        this.numbers = new DailyNumbers(mongo, clock, "application", "APP");
    }

    public String next() {
        return numbers.next();
    }
}
