package com.careflow.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.payment.*}: which gateway charges cards, and how long a failed charge job waits before the
 * engine hands it out again.
 */
@ConfigurationProperties("careflow.payment")
record PaymentProperties(@DefaultValue("simulated") String gateway, @DefaultValue("10s") Duration retryBackoff) {
}
