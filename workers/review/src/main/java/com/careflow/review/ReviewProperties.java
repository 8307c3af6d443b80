package com.careflow.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.review.*}: how an appeal is scheduled in the inbox (due, follow-up, priority: appeals come first,
 * the author has waited once already), and how long a failed task waits before the engine hands it out again.
 */
@ConfigurationProperties("careflow.review")
record ReviewProperties(@DefaultValue("P2D") Duration appealDue, @DefaultValue("P1D") Duration appealFollowUp,
        @DefaultValue("75") int appealPriority, @DefaultValue("10s") Duration retryBackoff) {
}
