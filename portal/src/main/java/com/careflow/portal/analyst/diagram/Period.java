package com.careflow.portal.analyst.diagram;

import java.time.Duration;

/** The periods the diagram's heat map counts over, back from now. */
enum Period {
    HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30));

    private final Duration length;

    Period(Duration length) {
        this.length = length;
    }

    Duration length() {
        return length;
    }
}
