package com.careflow.domain.order;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import com.careflow.domain.DailyNumbers;

/** Hands out order numbers {@code ORD} + date + six-digit daily sequence, atomically through a Mongo counter. */
@Component
public class OrderNumbers {

    private final DailyNumbers numbers;

    OrderNumbers(MongoOperations mongo, Clock clock) {
        this.numbers = new DailyNumbers(mongo, clock, "order", "ORD");
    }

    public String next() {
        return numbers.next();
    }
}
