package com.careflow.assign;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.assignment.*}: how long each offer round waits for a grab, how far ahead a no-show's replacement
 * is scheduled, and how long a failed task waits before the engine hands it out again.
 */
@ConfigurationProperties("careflow.assignment")
record AssignmentProperties(@DefaultValue("10m") Duration offerWindow, @DefaultValue("1h") Duration replacementDelay,
        @DefaultValue("10s") Duration retryBackoff) {
}
