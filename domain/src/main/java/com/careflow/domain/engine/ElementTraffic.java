package com.careflow.domain.engine;

import java.time.Duration;

/**
 * How often instances entered one element in a period ({@code entered}), how many of those left it
 * ({@code finished}), and how long those took on average (null when none finished).
 */
public record ElementTraffic(long entered, long finished, Duration averageDuration) {
}
