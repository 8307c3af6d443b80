package com.careflow.engine.adapter;

import java.time.Instant;
import java.util.Date;

/** The engine speaks {@link Date}, the domain {@link Instant}. */
final class Dates {

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private Dates() {
    }
}
