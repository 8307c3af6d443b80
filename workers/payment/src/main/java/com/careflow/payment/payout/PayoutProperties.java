package com.careflow.payment.payout;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.payout.*}: which gateway pays providers, the net (CNY) above which finance approves a payout, and
 * how long a failed transfer waits before the engine hands it out again.
 */
@ConfigurationProperties("careflow.payout")
record PayoutProperties(@DefaultValue("simulated") String gateway,
        @DefaultValue("5000.00") BigDecimal approvalThreshold, @DefaultValue("30s") Duration retryBackoff) {
}
