package com.careflow.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Progress lines on the console: the servers start before logging is configured for the app. */
final class Progress {

    private Progress() {
    }

    static void say(String line) {
        System.out.println("[runtime] " + line);
        System.out.flush();
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String secondsSince(Instant began) {
        return seconds(Duration.between(began, Instant.now()));
    }
}
